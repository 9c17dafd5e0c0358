package dev.vigil.engine.postmarket.casefile;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** What customers can do or what the manufacturer provides, in the categories of CSAF 2.0 (section 3.2.3.12.1). */
public record Remediation(Category category, String details, Optional<LocalDate> date, Optional<String> url) {

    /** The CSAF remediation categories. */
    public enum Category {
        MITIGATION,
        NO_FIX_PLANNED,
        NONE_AVAILABLE,
        VENDOR_FIX,
        WORKAROUND;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
