package dev.fastkit.core.schema;

/**
 * How {@link SchemaBinder} treats keys the body leaves out.
 */
public enum BindingMode {

    /** Keys may be left out; a left-out key is {@code null} (for create schemas and merged patches). */
    OPTIONAL_KEYS,

    /** Every key of the schema must be sent, nullable ones as explicit {@code null} (for {@code PUT}). */
    ALL_KEYS
}
