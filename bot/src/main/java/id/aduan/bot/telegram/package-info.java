/**
 * The Telegram adapter: long polling with TelegramBots 10 wired by hand, or a webhook endpoint; the lease that
 * elects the one instance which receives and works the inbox; translation of updates into conversation events;
 * sending replies; the adapter's meters and health. The only package that imports {@code org.telegram.*}.
 */
package id.aduan.bot.telegram;
