package id.aduan.classifier.model;

/** A model file is missing or cannot be read; the message is one line naming the file. */
public final class InvalidModelFile extends RuntimeException {

    public InvalidModelFile(String message) {
        super(message);
    }

    public InvalidModelFile(String message, Throwable cause) {
        super(message, cause);
    }
}
