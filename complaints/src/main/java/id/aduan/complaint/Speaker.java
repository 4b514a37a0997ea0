package id.aduan.complaint;

/** Who said a line of the transcript. */
public enum Speaker {
    CITIZEN, BOT, OFFICER
}
