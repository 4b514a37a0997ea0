/**
 * The persisted inbox: every update a channel receives is stored (deduplicated on its id) before it is
 * acknowledged, then handled from the store, one chat at a time in order and different chats in parallel.
 */
package id.aduan.bot.inbox;
