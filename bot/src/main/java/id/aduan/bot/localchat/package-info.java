/**
 * The local chat page ({@code /chat}) served when no Telegram token is configured: a person types to the bot in a
 * browser through the same conversation code as on Telegram. Owns the {@code local_chat_messages} collection.
 */
package id.aduan.bot.localchat;
