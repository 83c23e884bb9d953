package dev.fastkit.benchmarks.baseline;

/**
 * A validated JSON merge patch (RFC 7396) of a chat: which keys were sent and their values.
 *
 * @param titleSent       Whether {@code title} was sent.
 * @param title           The new title when sent (never null).
 * @param descriptionSent Whether {@code description} was sent.
 * @param description     The new description when sent; {@code null} clears it.
 */
record ChatPatch(boolean titleSent, String title, boolean descriptionSent, String description) {

    Chat applyTo(Chat current) {
        return new Chat(current.id(), titleSent ? title : current.title(),
                descriptionSent ? description : current.description(), current.userId(), current.createdAt(),
                current.updatedAt(), current.version());
    }
}
