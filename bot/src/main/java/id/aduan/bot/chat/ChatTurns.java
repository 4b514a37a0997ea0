package id.aduan.bot.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import id.aduan.bot.conversation.Action;
import id.aduan.bot.conversation.Conversation;
import id.aduan.bot.conversation.Dialogue;
import id.aduan.bot.conversation.Draft;
import id.aduan.bot.conversation.Incoming;
import id.aduan.bot.conversation.Reply;
import id.aduan.bot.conversation.SimilarReport;
import id.aduan.bot.conversation.Step;
import id.aduan.bot.conversation.Texts;
import id.aduan.bot.conversation.Turn;
import id.aduan.complaint.Attachment;
import id.aduan.bot.similar.SimilarReports;
import id.aduan.complaint.ChatRef;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.ComplaintSubmission;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.Reporter;
import id.aduan.models.deadline.DeadlineRule;
import id.aduan.models.deadline.IndonesianDates;
import id.aduan.models.deadline.WorkingCalendar;
import id.aduan.models.taxonomy.Taxonomy;

/**
 * Handles one incoming event for one chat: one chat's events one at a time and in order, different chats in
 * parallel. This is the edge where failures stop: the citizen gets a friendly message, never a stack trace, and the
 * stored conversation keeps the draft.
 */
@Component
public class ChatTurns {

    private static final Logger log = LoggerFactory.getLogger(ChatTurns.class);
    private static final int STRIPES = 256;

    private final ConversationStore store;
    private final Dialogue dialogue;
    private final ComplaintSubmission submission;
    private final ReportViews reports;
    private final CitizenUpdates updates;
    private final DeletionRequests deletions;
    private final SimilarReports similar;
    private final AfterSubmitSettings afterSubmit;
    private final ChatGateways gateways;
    private final Texts texts;
    private final Taxonomy taxonomy;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ObjectProvider<AttachmentLookup> attachments;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    /** More than 20 messages in 10 seconds from one chat is a flood: answer all, and ask once to slow down. */
    private final ChatRate rate = new ChatRate(20, java.time.Duration.ofSeconds(10));

    public ChatTurns(ConversationStore store, Dialogue dialogue, ComplaintSubmission submission,
                     ReportViews reports, CitizenUpdates updates, DeletionRequests deletions, SimilarReports similar,
                     AfterSubmitSettings afterSubmit, ChatGateways gateways, Texts texts, Taxonomy taxonomy,
                     WorkingCalendar calendar, Clock clock, ObjectProvider<AttachmentLookup> attachments) {
        this.attachments = attachments;
        this.store = store;
        this.dialogue = dialogue;
        this.submission = submission;
        this.reports = reports;
        this.updates = updates;
        this.deletions = deletions;
        this.similar = similar;
        this.afterSubmit = afterSubmit;
        this.gateways = gateways;
        this.texts = texts;
        this.taxonomy = taxonomy;
        this.calendar = calendar;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    /** Runs the dialogue for one event and sends the replies; returns them too (the local chat shows them). */
    public List<Reply> handle(ChatRef chat, Reporter who, Incoming incoming) {
        return handle(chat, who, incoming, clock.instant());
    }

    /**
     * As {@link #handle(ChatRef, Reporter, Incoming)}, for an event received earlier (from the inbox): a flood is
     * judged by when the messages arrived, not by when they could be answered.
     */
    public List<Reply> handle(ChatRef chat, Reporter who, Incoming incoming, Instant receivedAt) {
        ReentrantLock lock = locks[Math.floorMod(chat.hashCode(), STRIPES)];
        lock.lock();
        List<Reply> replies;
        try {
            replies = converse(chat, who, incoming);
        } catch (RuntimeException e) {
            log.error("Could not handle {} for chat {}", incoming.getClass().getSimpleName(), chat, e);
            replies = List.of(Reply.text(texts.get("input.failure")));
        } finally {
            lock.unlock();
        }
        if (rate.overLimitFirstTime(chat, receivedAt)) {
            replies = new ArrayList<>(replies);
            replies.add(Reply.text(texts.get("input.slow-down")));
        }
        for (Reply reply : replies) {
            try {
                gateways.send(chat, reply);
            } catch (DeliveryFailure e) {
                log.warn("Reply to chat {} not delivered: {}", chat, e.getMessage());
            }
        }
        return replies;
    }

    private List<Reply> converse(ChatRef chat, Reporter who, Incoming incoming) {
        Conversation conversation = store.load(chat);
        Instant now = clock.instant();
        if (conversation.step() == Step.IDLE && conversation.draft() == null && !isCommand(incoming)
                && (incoming instanceof Incoming.Text || incoming instanceof Incoming.FileShared)) {
            // An officer's question waits: the citizen's next message is the answer.
            var asked = updates.awaitingAnswer(chat);
            if (asked.isPresent()) {
                conversation = dialogue.on(conversation, new Incoming.QuestionPending(
                        asked.get().ticket().toString(), asked.get().openQuestion().orElseThrow()), now).next();
            }
        }
        Turn turn = dialogue.on(conversation, incoming, now);
        List<Reply> replies = new ArrayList<>(turn.replies());
        int actions = 0;
        while (turn.action().isPresent() && actions++ < 3) {
            Incoming result = perform(chat, who, turn.action().get());
            turn = dialogue.on(turn.next(), result, clock.instant());
            replies.addAll(turn.replies());
        }
        store.save(turn.next());
        return replies;
    }

    private Incoming perform(ChatRef chat, Reporter who, Action action) {
        return switch (action) {
            case Action.SubmitReport submit -> submit(who, submit.draft());
            case Action.LookUpStatus lookUp -> new Incoming.StatusLookedUp(lookUp.ticket(),
                    reports.find(chat, lookUp.ticket()));
            case Action.ListReports list -> new Incoming.ReportsListed(reports.mine(chat));
            case Action.AddInformation add -> {
                List<Attachment> files = attachments(chat, add.fileRefs());
                yield new Incoming.InformationAdded(add.ticket(), updates.apply(chat, add.ticket(),
                        c -> c.addCitizenMessage(add.text(), files, clock.instant())));
            }
            case Action.AnswerQuestion answer -> {
                List<Attachment> files = attachments(chat, answer.fileRefs());
                yield new Incoming.QuestionAnswered(answer.ticket(), updates.apply(chat, answer.ticket(),
                        c -> c.answerQuestion(answer.answer(), files, clock.instant())));
            }
            case Action.ConfirmResolved done -> new Incoming.ResolutionConfirmed(done.ticket(),
                    updates.apply(chat, done.ticket(), c -> c.confirmResolved(done.rating(), clock.instant())));
            case Action.Reopen reopen -> new Incoming.Reopened(reopen.ticket(),
                    updates.apply(chat, reopen.ticket(), c -> c.reopen(reopen.reason(), clock.instant(), calendar)));
            case Action.RequestDataDeletion delete -> requestDeletion(chat);
            case Action.FindSimilar find -> new Incoming.SimilarFound(findSimilar(chat, find));
            case Action.Follow follow -> new Incoming.Followed(follow.ticket(),
                    updates.follow(chat, follow.ticket(), clock.instant()));
            case Action.Unfollow unfollow -> new Incoming.Unfollowed(unfollow.ticket(),
                    updates.unfollow(chat, unfollow.ticket(), clock.instant()));
            case Action.FindRecentReport recent -> new Incoming.RecentReportFound(recentReport(chat));
        };
    }

    /** Others can be offered to follow the new report at once; the periodic refresh catches up on failure. */
    private void indexNow(Complaint complaint) {
        try {
            similar.indexNow(complaint);
        } catch (RuntimeException e) {
            log.warn("Complaint {} not indexed yet", complaint.ticket(), e);
        }
    }

    /** A failed lookup only means no offer to follow: the report goes on to its summary. */
    private List<SimilarReport> findSimilar(ChatRef chat, Action.FindSimilar find) {
        try {
            return similar.find(chat, find.text(), find.category(), find.location(), find.latitude(),
                    find.longitude());
        } catch (RuntimeException e) {
            log.warn("Similar complaints could not be looked up for chat {}", chat, e);
            return List.of();
        }
    }

    /** A failed lookup only means no question: the text starts a new report. */
    private String recentReport(ChatRef chat) {
        try {
            return updates.recentOpen(chat, clock.instant().minus(afterSubmit.addOrNewWindow())).orElse(null);
        } catch (RuntimeException e) {
            log.warn("Recent reports could not be looked up for chat {}", chat, e);
            return null;
        }
    }

    private Incoming requestDeletion(ChatRef chat) {
        try {
            return deletions.record(chat, clock.instant())
                    .map(Incoming.DeletionRequested::alreadyWaiting)
                    .orElseGet(Incoming.DeletionRequested::newlyRecorded);
        } catch (RuntimeException e) {
            log.error("Could not record a deletion request for chat {}", chat, e);
            return Incoming.DeletionRequested.failed();
        }
    }

    private static boolean isCommand(Incoming incoming) {
        return incoming instanceof Incoming.Text(String text) && text != null && text.strip().startsWith("/");
    }

    /** The stored copies of the files sent as evidence, or, where the channel keeps none, each marked missing. */
    private List<Attachment> attachments(ChatRef chat, List<String> fileRefs) {
        AttachmentLookup lookup = attachments.getIfAvailable();
        if (lookup != null) {
            return lookup.attachments(chat, fileRefs);
        }
        List<Attachment> missing = new ArrayList<>();
        for (int i = 0; i < fileRefs.size(); i++) {
            missing.add(new Attachment(Integer.toString(i + 1), fileRefs.get(i), null, null, null, null,
                    Attachment.NOT_DOWNLOADED));
        }
        return missing;
    }

    private Incoming submit(Reporter who, Draft d) {
        try {
            Complaint complaint = submission.submit(new NewComplaint(who, d.description(), d.location(),
                    d.latitude(), d.longitude(), d.incidentText(), d.incidentDate(), d.reportType(), d.privacy(),
                    d.suggestion(), d.photos(), d.transcript(), attachments(who.chat(), d.photos())));
            indexNow(complaint);
            String agency = complaint.agency().map(taxonomy::agencyName).orElse(null);
            var due = DeadlineRule.VERIFICATION.from(complaint.createdAt(), calendar).dueDate();
            return new Incoming.Submitted(complaint.ticket().toString(), agency,
                    texts.get("report.expectation-date", IndonesianDates.format(due)));
        } catch (RuntimeException e) {
            log.error("Could not store a confirmed report for chat {}", who.chat(), e);
            return new Incoming.SubmitFailed();
        }
    }
}
