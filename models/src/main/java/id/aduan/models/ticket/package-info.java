/** Ticket numbers that citizens quote (ADU-2026-000001). */
package id.aduan.models.ticket;
