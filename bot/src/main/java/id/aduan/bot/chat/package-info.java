/**
 * Runs the conversation for a chat on any channel: loads its state, applies the dialogue, performs the actions it
 * asks for (submit, status), stores the new state and sends the replies. Owns the {@code conversations} collection.
 */
package id.aduan.bot.chat;
