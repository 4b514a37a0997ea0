package id.aduan.admin.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.aduan.classifier.LabelledExample;
import id.aduan.classifier.LiveClassifier;
import id.aduan.classifier.ModelInfo;
import id.aduan.complaint.Complaint;
import id.aduan.complaint.SuggestionSnapshot;

/**
 * Records each verification's outcome and keeps the classifier learning: corrections are labelled examples, and the
 * model is retrained from seed corpus + corrections after enough new ones, nightly, at start-up, or on request.
 * Retraining runs in the background; the old model keeps serving until the new one is swapped in.
 */
@Component
public class ClassifierLearning {

    private static final Logger log = LoggerFactory.getLogger(ClassifierLearning.class);

    private final RoutingFeedbackRepository feedback;
    private final LiveClassifier classifier;
    private final LearningSettings settings;
    private final Clock clock;
    private final ExecutorService retrainer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("classifier-retrain").daemon().factory());
    private final AtomicBoolean retrainQueued = new AtomicBoolean();
    private volatile Instant lastTrainedAt = Instant.EPOCH;

    public ClassifierLearning(RoutingFeedbackRepository feedback, LiveClassifier classifier, LearningSettings settings,
                              Clock clock) {
        this.feedback = feedback;
        this.classifier = classifier;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records what the officer decided at verification; called once per complaint (later calls are ignored). */
    public void verified(Complaint complaint, String officer) {
        SuggestionSnapshot s = complaint.suggestion().orElse(null);
        String suggestedCategory = s == null || s.categories().isEmpty() ? null : s.categories().getFirst().code();
        String suggestedAgency = s == null || s.agencies().isEmpty() ? null : s.agencies().getFirst().code();
        RoutingFeedback outcome = RoutingFeedback.of(complaint.ticket().toString(), complaint.description(),
                suggestedCategory, suggestedAgency, complaint.category().map(Object::toString).orElse(null),
                complaint.agency().map(Object::toString).orElse(null), s == null ? null : s.modelVersion(), officer,
                clock.instant());
        try {
            feedback.save(outcome);
        } catch (DuplicateKeyException alreadyRecorded) {
            return;
        }
        if (outcome.correction() && correctionsSinceLastTraining() >= settings.retrainAfter()) {
            retrainInBackground("after " + settings.retrainAfter() + " corrections");
        }
    }

    /** Retrains now (blocking) from seed corpus + every correction so far. */
    public synchronized ModelInfo retrain() {
        Instant started = clock.instant();
        List<LabelledExample> corrections = feedback.findByCorrectionTrueOrderByAtAsc().stream()
                .map(f -> new LabelledExample(f.text(), f.category(), f.agency())).toList();
        ModelInfo info = classifier.retrain(corrections);
        lastTrainedAt = started;
        log.info("Classifier retrained: version {} from {} examples ({} corrections)", info.version(),
                info.trainingExamples(), info.corrections());
        return info;
    }

    public ModelInfo model() {
        return classifier.model();
    }

    public RoutingAccuracy accuracy() {
        long verified = 0;
        long categoryConfirmed = 0;
        long categoryCorrected = 0;
        long agencyConfirmed = 0;
        long agencyCorrected = 0;
        for (RoutingFeedback f : feedback.findAll()) {
            verified++;
            if (f.suggestedCategory() != null) {
                if (f.categoryCorrected()) {
                    categoryCorrected++;
                } else {
                    categoryConfirmed++;
                }
            }
            if (f.suggestedAgency() != null) {
                if (f.agencyCorrected()) {
                    agencyCorrected++;
                } else {
                    agencyConfirmed++;
                }
            }
        }
        return new RoutingAccuracy(verified, RoutingAccuracy.Head.of(categoryConfirmed, categoryCorrected),
                RoutingAccuracy.Head.of(agencyConfirmed, agencyCorrected));
    }

    @Scheduled(cron = "${aduan.learning.retrain-cron:0 0 2 * * *}", zone = "Asia/Jakarta")
    void nightly() {
        if (correctionsSinceLastTraining() > 0) {
            retrainInBackground("nightly");
        }
    }

    /** A restart must not forget what officers taught: retrain once at start-up when corrections exist. */
    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (feedback.existsByCorrectionTrue()) {
            retrainInBackground("start-up");
        }
    }

    private long correctionsSinceLastTraining() {
        return feedback.countByCorrectionTrueAndAtAfter(lastTrainedAt);
    }

    private void retrainInBackground(String why) {
        if (retrainQueued.compareAndSet(false, true)) {
            retrainer.execute(() -> {
                retrainQueued.set(false);
                try {
                    log.info("Retraining the classifier ({})", why);
                    retrain();
                } catch (RuntimeException e) {
                    log.error("Retraining failed; the current model keeps serving", e);
                }
            });
        }
    }
}
