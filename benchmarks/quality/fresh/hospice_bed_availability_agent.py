"""Hospice bed availability agent: the first design, before any security review.

A hospice group runs five inpatient units across the region. GPs, district nurses
and hospital discharge teams sign in to a referral portal (e-mail and password,
accounts approved by the referrals team) and ask an agent in plain language
whether a bed is free for a patient. The agent reads live bed states from the
group's bed management system, looks up each site's admission criteria in a
small index, and answers. When the referrer asks, it places a provisional hold
on a bed for up to four hours, creates a referral record with the patient's
details, and e-mails the site's admissions coordinator, who confirms or releases
the hold. Everything runs in the group's cloud tenancy; the language model is a
vendor-hosted API under a data processing agreement. Ward nurses keep bed states
up to date from the sites. Stores are encrypted and role-restricted, the agent
has a step limit, and the bed system itself only accepts holds on free beds.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospice bed availability agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Answers referrers' bed availability questions and holds hospice beds for referrals.",
)

# ---------------------------------------------------------------- data assets
referral_query = tg.Data(
    "Referrer query",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text: the patient's needs, diagnosis, discharge date, often name and NHS number.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, tool results and retrieved criteria.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
availability_query = tg.Data(
    "Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
bed_availability = tg.Data(
    "Bed availability",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free, held and occupied beds per site and bed type.",
)
bed_board = tg.Data(
    "Bed board",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Bed states per site, with the current occupant or the referral a bed is held for.",
)
hold_request = tg.Data(
    "Bed hold request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Site, bed, referrer and the patient's details for the referral.",
)
hold_result = tg.Data(
    "Hold confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
bed_hold = tg.Data("Provisional bed hold", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
referral = tg.Data(
    "Referral record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient name, NHS number, date of birth, diagnosis, needs and referrer.",
)
notify_request = tg.Data(
    "Hold notification request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
hold_email = tg.Data(
    "Hold notification e-mail", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
bed_update = tg.Data("Bed status update", kind="records", sensitivity=tg.Sensitivity.REGULATED)
hold_decision = tg.Data(
    "Hold confirmation or release", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
criteria_docs = tg.Data(
    "Admission criteria and site information",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
criteria_context = tg.Data(
    "Retrieved admission criteria", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # GPs, district nurses and hospital discharge teams outside the group.
    referrer = tm.add(tg.Actor("Referrer", role="GP or discharge team clinician"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed; UK data residency; no training on prompts")
            },
        )
    )

with tm.boundary("Hospice cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where referrers sign in and talk to the agent.
    portal = tm.add(
        tg.Endpoint(
            "Referral portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="e-mail and password",
                    note="referrer accounts approved by the referrals team on registration",
                )
            },
        )
    )
    # Answers availability questions and places provisional holds.
    agent = tm.add(
        tg.Agent(
            "Bed availability agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Holds beds on the referrer's request; the site coordinator confirms admission later.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Read-only lookup of free beds across the sites.
    availability_tool = tm.add(tg.Tool("Bed availability lookup", capabilities={"read"}))
    # Places a four-hour hold and creates the referral record.
    hold_tool = tm.add(
        tg.Tool(
            "Bed hold tool",
            capabilities={"read", "write"},
            description="Creates a provisional hold on a bed and the referral record behind it.",
        )
    )
    # Tells the site's admissions coordinator a bed has been held.
    notify_tool = tm.add(tg.Tool("Admissions notification tool", capabilities={"send-messages"}))
    # Site guidance the agent quotes when judging whether a referral fits.
    criteria_index = tm.add(tg.VectorStore("Admission criteria index", stores={criteria_docs}))
    # Kept so the referrals team can follow up on conversations.
    transcript_store = tm.add(tg.DataStore("Conversation log", stores={transcripts}))

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # The group's system of record for beds across all sites.
        bed_system = tm.add(
            tg.DataStore(
                "Bed management system",
                stores={bed_board, bed_hold},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.PolicyEnforcement(
                        rules="accepts a hold only on a bed marked free, and expires it after four hours"
                    ),
                },
            )
        )
        # Referrals created by the agent, read by admissions coordinators.
        referral_store = tm.add(
            tg.DataStore(
                "Referral records",
                stores={referral},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.ImpactAssessment(
                        basis="public task / health care, Art. 9(2)(h)",
                        note="DPIA for the referral service",
                    ),
                },
            )
        )

with tm.boundary("Hospice sites network", trust=tg.Trust.INTERNAL):
    # Nurse in charge on each unit, keeping the bed board current.
    ward_nurse = tm.add(tg.Actor("Ward nurse in charge", role="nurse"))
    # Confirms or releases holds and contacts the referrer.
    coordinator = tm.add(tg.Actor("Admissions coordinator", role="admissions coordinator"))

# ---------------------------------------------------------------- flows
tm.flow(referrer, portal, referral_query, protocol="https")
tm.flow(portal, referrer, agent_reply, protocol="https")
tm.flow(portal, agent, referral_query)
tm.flow(agent, portal, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, criteria_index, referral_query, label="similarity query")
tm.flow(criteria_index, agent, criteria_context)

tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, bed_system, availability_query)
tm.flow(bed_system, availability_tool, bed_board, label="bed states")
tm.flow(availability_tool, agent, bed_availability)

tm.flow(agent, hold_tool, hold_request)
tm.flow(hold_tool, bed_system, bed_hold)
tm.flow(hold_tool, referral_store, referral)
tm.flow(bed_system, hold_tool, hold_result)
tm.flow(hold_tool, agent, hold_result)

tm.flow(agent, notify_tool, notify_request)
tm.flow(notify_tool, coordinator, hold_email, protocol="smtp+starttls")

tm.flow(agent, transcript_store, transcripts)

tm.flow(ward_nurse, bed_system, bed_update, protocol="https", label="bed board web app")
tm.flow(coordinator, bed_system, hold_decision, protocol="https", label="bed board web app")
tm.flow(referral_store, coordinator, referral, protocol="https")
tm.flow(
    coordinator, criteria_index, criteria_docs, protocol="https", label="maintains site guidance"
)
