package org.sdkg.extract;

/**
 * A named project, facility, mission, programme or accord.
 *
 * @param name name as written ("China Space Station")
 * @param topic notation of its topic, or {@code null}
 * @param participantCount number of participating countries stated ("from 17 countries"), or {@code
 *     null}
 * @param subprojectCount number of projects stated ("nine projects"), or {@code null}
 */
public record Project(
    String name, String topic, Integer participantCount, Integer subprojectCount) {}
