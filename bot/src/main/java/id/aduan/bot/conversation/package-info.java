/**
 * The reporting conversation as a pure function {@code (Conversation, Incoming) -> Turn}: no Telegram, Spring or
 * MongoDB inside, so every branch of the Indonesian dialogue is a fast unit test and the local chat reuses it.
 */
package id.aduan.bot.conversation;
