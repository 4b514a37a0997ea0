package id.aduan.app.wiring;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Classifier and taxonomy settings: the confidence below which a suggestion is "ditentukan petugas", an optional
 * directory whose categories.csv / agencies.csv / routing.csv override the shipped taxonomy, and whether the
 * calibrated model is trained in the background after a quick start-up model (off only to save CPU in tests).
 */
@ConfigurationProperties("aduan.classifier")
public record ClassifierSettingsProperties(@DefaultValue("0.5") double threshold, Path taxonomyDir,
                                           @DefaultValue("true") boolean backgroundCalibration) {
}
