package dev.vigil.engine.model;

import java.util.List;
import java.util.Optional;

/**
 * Security capabilities of a component that MDS2 and the catalog ask about. Each is optional: an absent
 * capability is "not stated", never assumed present or absent.
 *
 * @param autoLogoffMinutes session lock or automatic logoff after this many minutes; 0 means not supported
 * @param auditEvents the security-relevant events the component records; an empty list means none
 * @param phiExport the ways health or personal data can leave the component; an empty list means none
 */
public record Capabilities(
        Optional<Integer> autoLogoffMinutes,
        Optional<List<AuditEvent>> auditEvents,
        Optional<Boolean> emergencyAccess,
        Optional<Boolean> deidentification,
        Optional<Boolean> backupRestore,
        Optional<MalwareProtection> malwareProtection,
        Optional<Boolean> remoteService,
        Optional<Boolean> userAuthentication,
        Optional<List<PhiExport>> phiExport,
        Optional<PatchInstaller> thirdPartySoftwareUpdates) {

    public Capabilities {
        auditEvents = auditEvents.map(List::copyOf);
        phiExport = phiExport.map(List::copyOf);
    }

    public enum AuditEvent implements WireValue {
        LOGIN,
        LOGOUT,
        CONFIGURATION_CHANGE,
        THERAPY_CHANGE,
        EXPORT,
        SOFTWARE_UPDATE,
        SECURITY_ALERT
    }

    public enum MalwareProtection implements WireValue {
        NONE,
        ANTIVIRUS,
        ALLOWLIST,
        NOT_APPLICABLE
    }

    public enum PhiExport implements WireValue {
        USB,
        NETWORK,
        PRINT,
        REMOVABLE_MEDIA
    }

    /** Who may install operating-system and third-party software patches. */
    public enum PatchInstaller implements WireValue {
        MANUFACTURER,
        HDO,
        NONE
    }
}
