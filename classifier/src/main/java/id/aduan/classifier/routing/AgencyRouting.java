package id.aduan.classifier.routing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import id.aduan.models.suggestion.Scored;

/**
 * Combines the agency model with the routing table: the routed distribution gives each agency the summed
 * probability of the categories routed to it, and the result is {@code w * learned + (1 - w) * routed}. The routing
 * table knows the deployment's rules; the agency model knows the exceptions officers made (a broken road dug up by
 * the water company goes to PDAM, not PUPR).
 */
public final class AgencyRouting {

    /** Weight of the learned agency model, measured on the seed corpus (docs/decisions/0102-model-combination.md). */
    public static final double DEFAULT_LEARNED_WEIGHT = 0.5;

    private final Function<String, Optional<String>> route;
    private final double learnedWeight;

    /**
     * @param route the default agency of a category, if any
     * @param learnedWeight weight of the agency model, 0..1
     */
    public AgencyRouting(Function<String, Optional<String>> route, double learnedWeight) {
        if (!(learnedWeight >= 0 && learnedWeight <= 1)) {
            throw new IllegalArgumentException("learned weight must be within [0,1]: " + learnedWeight);
        }
        this.route = route;
        this.learnedWeight = learnedWeight;
    }

    /** Agencies best first; when one side is empty the other is used alone. */
    public List<Scored<String>> agencies(List<Scored<String>> categories, List<Scored<String>> learned) {
        Map<String, Double> routed = new HashMap<>();
        for (Scored<String> category : categories) {
            route.apply(category.label()).ifPresent(agency -> routed.merge(agency, category.confidence(), Double::sum));
        }
        double w = learned.isEmpty() ? 0.0 : routed.isEmpty() ? 1.0 : learnedWeight;
        Map<String, Double> combined = new HashMap<>();
        routed.forEach((agency, p) -> combined.merge(agency, (1 - w) * p, Double::sum));
        learned.forEach(s -> combined.merge(s.label(), w * s.confidence(), Double::sum));
        return combined.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Scored<>(e.getKey(), Math.min(1.0, e.getValue())))
                .toList();
    }
}
