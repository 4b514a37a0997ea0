/**
 * The bot's own view of similar open complaints, for "ikut memantau": an in-memory Lucene index (the
 * classifier's {@code ComplaintIndex}) of open, non-rahasia complaints with what the offer's filters need, kept in
 * step with the store by its save events, and the lookup the conversation asks for before the summary. The admin API
 * keeps its own index; the two modules never share code beyond the classifier and the complaints module.
 */
package id.aduan.bot.similar;
