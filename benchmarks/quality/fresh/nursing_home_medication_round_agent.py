"""Medication round agent: the first design, before any security review.

Carers in a group of care homes in England run the morning, lunchtime, teatime
and night medication rounds with a ward tablet. A chat-style agent on the tablet
takes them resident by resident: it looks up the resident's prescription chart
and allergies, says what is due, checks the dose the carer is about to give
against the chart (dose, time since the last dose, daily maximum) and records
the administration, refusal or omission in the electronic MAR once the carer taps
Confirm. The agent runs in the provider's cloud tenancy and uses a hosted LLM
from a vendor; the supplying community pharmacy sends chart updates to the eMAR.
The nurse in charge gets missed and refused doses and countersigns controlled
drugs. Carers sign in to the tablet with their own PIN on a home-enrolled
tablet; traffic is HTTPS, the eMAR is encrypted, role-based and audited, and the
vendor signed a zero-retention data processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nursing home medication round agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Tablet agent that guides carers through medication rounds and records administration.",
)

# ---------------------------------------------------------------- data assets
carer_message = tg.Data(
    "Carer round message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the carer says or types: resident, medicine in hand, questions.",
)
guidance = tg.Data("Round guidance", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Prompt with chart context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the carer's message and the resident's chart entries.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
chart_lookup = tg.Data("Chart lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
chart = tg.Data(
    "Prescription chart",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Current medicines, doses, times, PRN rules and controlled-drug flags.",
)
resident_profile = tg.Data(
    "Resident profile",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, photo for identification, allergies, swallowing and covert-medication notes.",
)
dose_check_request = tg.Data(
    "Dose check request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
dose_check_result = tg.Data(
    "Dose check result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
admin_call = tg.Data(
    "Record administration call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
admin_record = tg.Data(
    "Administration record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Given, refused or omitted, with time, dose, carer and reason code.",
)
chart_update = tg.Data(
    "Pharmacy chart update", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
exceptions = tg.Data(
    "Missed and refused dose exceptions", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
countersignature = tg.Data(
    "Controlled drug countersignature", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
transcripts = tg.Data("Round transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Care home floor", trust=tg.Trust.INTERNAL):
    # The carer doing the round; the one giving each dose.
    carer = tm.add(tg.Actor("Carer", role="care assistant"))
    # Senior nurse on shift: handles exceptions and witnesses controlled drugs.
    nurse = tm.add(tg.Actor("Nurse in charge", role="registered nurse"))
    # Shared ward tablet on the medicine trolley, enrolled to the home.
    tablet = tm.add(
        tg.Device(
            "Ward tablet",
            description="Managed Android tablet on the medicine trolley, running the round app.",
        )
    )

with tm.boundary("Care platform cloud", trust=tg.Trust.INTERNAL):
    # The API the tablet app talks to; signs carers and nurses in.
    round_api = tm.add(
        tg.Endpoint(
            "Round API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="carer's own PIN on a home-enrolled tablet"),
            },
        )
    )
    # The LLM agent that walks the carer through the round and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Medication round agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Decides which resident is next, what is due, and which tool to call.",
        )
    )
    # Reads a resident's chart and profile for the agent.
    chart_tool = tm.add(
        tg.Tool("Prescription chart tool", capabilities={"read"}, origin="first-party")
    )
    # Deterministic check of a proposed dose against the chart.
    dose_tool = tm.add(
        tg.Tool(
            "Dose check tool",
            capabilities={"read"},
            origin="first-party",
            description="Compares medicine, dose and time with the chart, last dose and 24-hour maximum.",
        )
    )
    # Writes given / refused / omitted entries to the eMAR.
    record_tool = tm.add(
        tg.Tool(
            "Record administration tool",
            capabilities={"write"},
            origin="first-party",
            controls={
                c.HumanInTheLoop(approver="the carer giving the dose taps Confirm on the tablet"),
            },
        )
    )
    # Conversation logs kept for incident review.
    transcript_store = tm.add(tg.DataStore("Round transcript store", stores={transcripts}))

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # Electronic medication administration record: charts and administrations.
        emar = tm.add(
            tg.DataStore(
                "eMAR database",
                stores={chart, admin_record},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Resident details the carer needs at the bedside.
        profiles = tm.add(
            tg.DataStore(
                "Resident profile store",
                stores={resident_profile},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model; its answers steer what carers give.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA with zero data retention")},
        )
    )

with tm.boundary("Community pharmacy", trust=tg.Trust.PARTNER):
    # The supplying pharmacy's system: new and changed prescriptions each cycle.
    pharmacy = tm.add(tg.ExternalService("Pharmacy system", provides="data-provider"))

# ---------------------------------------------------------------- flows
tm.flow(carer, tablet, carer_message, label="typed or spoken on the touchscreen")
tm.flow(tablet, carer, guidance, label="on the touchscreen")
tm.flow(tablet, round_api, carer_message, protocol="https")
tm.flow(round_api, tablet, guidance, protocol="https")
tm.flow(round_api, agent, carer_message)
tm.flow(agent, round_api, guidance)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, chart_tool, chart_lookup)
tm.flow(emar, chart_tool, chart)
tm.flow(profiles, chart_tool, resident_profile)
tm.flow(chart_tool, agent, chart, resident_profile)

tm.flow(agent, dose_tool, dose_check_request)
tm.flow(emar, dose_tool, chart, admin_record, label="chart and last doses")
tm.flow(dose_tool, agent, dose_check_result)

tm.flow(agent, record_tool, admin_call)
tm.flow(record_tool, emar, admin_record)
tm.flow(record_tool, agent, admin_record, label="recorded entry")

tm.flow(agent, transcript_store, transcripts)

tm.flow(pharmacy, emar, chart_update, protocol="https", label="monthly cycle and mid-cycle changes")

tm.flow(round_api, nurse, exceptions, protocol="https")
tm.flow(nurse, round_api, countersignature, protocol="https")
tm.flow(round_api, emar, countersignature)
tm.flow(emar, round_api, exceptions, label="end-of-round exceptions")
