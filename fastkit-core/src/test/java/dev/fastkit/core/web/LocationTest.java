package dev.fastkit.core.web;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code Location} of a created resource, for the id types a FastKit entity can have (RFC 9110, section 10.2.2). */
class LocationTest {

    @Test
    void shouldAppendANumberOrUuidIdAsItIs() {
        UUID id = UUID.fromString("0b7c2f7e-4f0a-4a8e-9d1e-2f6a3c5b7d90");

        assertThat(BaseController.location("/chats", id)).isEqualTo("/chats/" + id);
        assertThat(BaseController.location("/chats/7/messages", 42L)).isEqualTo("/chats/7/messages/42");
    }

    @Test
    void shouldNotDoubleTheSlashAfterACollectionPathThatEndsWithOne() {
        assertThat(BaseController.location("/chats/", 42L)).isEqualTo("/chats/42");
    }

    @Test
    void shouldPercentEncodeAStringIdAsOnePathSegment() {
        assertThat(BaseController.location("/tags", "a b/c?d")).isEqualTo("/tags/a%20b%2Fc%3Fd");
    }
}
