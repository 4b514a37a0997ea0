package id.aduan.admin.learning;

import java.security.Principal;
import java.time.Instant;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.admin.audit.AuditLog;
import id.aduan.classifier.ModelInfo;

/** The serving model and the routing accuracy measured from officers' decisions; retraining on request. */
@RestController
@RequestMapping("/api/classifier")
class ClassifierController {

    private final ClassifierLearning learning;
    private final AuditLog audit;

    ClassifierController(ClassifierLearning learning, AuditLog audit) {
        this.learning = learning;
        this.audit = audit;
    }

    @GetMapping
    ClassifierStatus status() {
        return new ClassifierStatus(Model.of(learning.model()), learning.accuracy());
    }

    /** Admins only (see the security configuration); audited with the model version before and after. */
    @PostMapping("/retrain")
    Model retrain(Principal admin) {
        String before = learning.model().version();
        Model retrained = Model.of(learning.retrain());
        audit.record(admin.getName(), "classifier.retrain", "classifier", Map.of("version", before),
                Map.of("version", retrained.version()), null);
        return retrained;
    }

    /** The serving model and the measured routing accuracy. */
    record ClassifierStatus(Model model, RoutingAccuracy routingAccuracy) {
    }

    /** What the serving model is and what it was trained on. */
    record Model(String version, int trainingExamples, int corrections, Instant trainedAt, String algorithm) {

        static Model of(ModelInfo info) {
            return new Model(info.version(), info.trainingExamples(), info.corrections(), info.trainedAt(),
                    info.algorithm());
        }
    }
}
