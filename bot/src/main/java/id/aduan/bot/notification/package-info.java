/** Delivers the notifications complaints owe their citizens (status changes) from the complaints' outbox. */
package id.aduan.bot.notification;
