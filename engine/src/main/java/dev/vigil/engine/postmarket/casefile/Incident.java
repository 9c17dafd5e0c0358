package dev.vigil.engine.postmarket.casefile;

/**
 * What is known of harm in the field, which decides the incident-reporting clocks. All false when the case
 * states nothing: a case records known events, and none known is what the FDA conditions ask about.
 *
 * @param death a death the vulnerability caused or may have caused
 * @param seriousDeterioration an unanticipated serious deterioration in someone's state of health
 * @param publicHealthThreat a serious public health threat (MDR Art. 2(66))
 * @param remedialAction remedial action is needed to prevent an unreasonable risk of substantial harm (21 CFR 803.53)
 * @param significant a significant incident in the sense of NIS2 Art. 23(3)
 */
public record Incident(
        boolean death,
        boolean seriousDeterioration,
        boolean publicHealthThreat,
        boolean remedialAction,
        boolean significant) {

    public static final Incident NONE = new Incident(false, false, false, false, false);
}
