package id.aduan.classifier.corpus;

/** A corpus file could not be read; the message is one line naming the file and, where known, the line. */
public final class InvalidCorpus extends RuntimeException {

    public InvalidCorpus(String message) {
        super(message);
    }

    public InvalidCorpus(String message, Throwable cause) {
        super(message, cause);
    }
}
