package id.aduan.complaint;

/** One citizen's chat on one channel; Telegram chat ids use up to 52 bits, so always a {@code long}. */
public record ChatRef(Channel channel, long chatId) {

    public ChatRef {
        if (channel == null) {
            throw new IllegalArgumentException("channel is required");
        }
    }

    /** The chat id left on a complaint whose citizen's data was erased; no real chat has it. */
    public static final long ERASED_CHAT_ID = 0L;

    /** The unlinked chat of a complaint whose personal data was erased. */
    public static ChatRef erased(Channel channel) {
        return new ChatRef(channel, ERASED_CHAT_ID);
    }

    public static ChatRef telegram(long chatId) {
        return new ChatRef(Channel.TELEGRAM, chatId);
    }

    public static ChatRef local(long chatId) {
        return new ChatRef(Channel.LOCAL, chatId);
    }
}
