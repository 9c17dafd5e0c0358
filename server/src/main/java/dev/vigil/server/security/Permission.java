package dev.vigil.server.security;

/** What a request needs; roles hold them (see {@link Role}), grants scope them to products. */
public enum Permission {
    READ,
    UPLOAD,
    DECIDE,
    APPROVE,
    GENERATE_DOCUMENTS,
    CREATE_PRODUCT,
    READ_AUDIT,
    MANAGE_USERS,
    /** Point the monitor at a feed folder and import it: administrators only. */
    MANAGE_FEEDS
}
