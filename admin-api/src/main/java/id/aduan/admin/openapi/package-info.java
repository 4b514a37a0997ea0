/** The OpenAPI description of the admin API (served by springdoc at /v3/api-docs, UI at /swagger-ui.html). */
package id.aduan.admin.openapi;
