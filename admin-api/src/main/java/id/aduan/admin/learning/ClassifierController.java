package id.aduan.admin.learning;

import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.aduan.classifier.ModelInfo;

/** The serving model and the routing accuracy measured from officers' decisions; retraining on request. */
@RestController
@RequestMapping("/api/classifier")
class ClassifierController {

    private final ClassifierLearning learning;

    ClassifierController(ClassifierLearning learning) {
        this.learning = learning;
    }

    @GetMapping
    ClassifierStatus status() {
        return new ClassifierStatus(Model.of(learning.model()), learning.accuracy());
    }

    @PostMapping("/retrain")
    Model retrain() {
        return Model.of(learning.retrain());
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
