package id.aduan.complaint;

/** One citizen's chat on one channel; Telegram chat ids use up to 52 bits, so always a {@code long}. */
public record ChatRef(Channel channel, long chatId) {

    public ChatRef {
        if (channel == null) {
            throw new IllegalArgumentException("channel is required");
        }
    }

    public static ChatRef telegram(long chatId) {
        return new ChatRef(Channel.TELEGRAM, chatId);
    }

    public static ChatRef local(long chatId) {
        return new ChatRef(Channel.LOCAL, chatId);
    }
}
