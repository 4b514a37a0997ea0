/**
 * The Telegram adapter: long polling with TelegramBots 10 wired by hand, translation of updates into conversation
 * events, and sending replies. The only package that imports {@code org.telegram.*}.
 */
package id.aduan.bot.telegram;
