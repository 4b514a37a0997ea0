/**
 * Authentication and authorisation of the admin API: stateless HTTP Basic and bearer tokens over the stored accounts,
 * 401/403 as ProblemDetail, and the officer's agency scope that queries apply.
 */
package id.aduan.admin.security;
