package id.aduan.admin.privacy;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long citizens' personal data is kept on complaints after they are closed (selesai or diarsipkan), e.g.
 * {@code aduan.retention.personal-data=P2Y}. Unset (the default) keeps it until a citizen asks for deletion: a
 * deployment decides its period with its data protection officer. {@code batchSize} complaints are anonymised per
 * store round trip.
 */
@ConfigurationProperties("aduan.retention")
record RetentionSettings(Period personalData, @DefaultValue("200") int batchSize) {

    RetentionSettings {
        if (personalData != null && (personalData.isNegative() || personalData.isZero())) {
            throw new IllegalArgumentException("aduan.retention.personal-data must be a positive period such as P2Y, got "
                    + personalData);
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("aduan.retention.batch-size must be within 1..10000, got " + batchSize);
        }
    }
}
