/**
 * Who may do what: users, grants and roles, sign-in (form, bearer sessions, API keys), throttling and
 * the per-product authorization every other feature asks before it acts.
 */
package dev.vigil.server.security;
