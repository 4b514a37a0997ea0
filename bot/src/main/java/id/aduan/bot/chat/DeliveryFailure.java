package id.aduan.bot.chat;

/** A message could not be delivered; {@code permanent} when retrying cannot help (the citizen blocked the bot). */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
