"""Donor matching agent for a fertility clinic's sperm bank: the first design.

Patients in treatment sign in to the clinic's patient portal and chat with a
matching agent to find a sperm donor by characteristics (ethnicity, height, eye
colour, blood group, education, CMV status). The agent runs in the clinic's
cloud tenancy on a vendor-hosted LLM under a data processing agreement. Through
three first-party tools it searches non-identifying donor profiles, checks how
many families a donor has been used for against the legal family limit, and
reserves vials in the cryobank inventory once the patient confirms in the chat.
Donor coordinators on the clinic network maintain profiles, record treatment
outcomes in the family-limit register and release reserved vials to the lab.
Controls: portal sign-in with an SMS code and rate limits, a step limit on the
agent, encryption and role-based access on donor data, audit logging of holds.
The clinic is in the UK: GDPR applies, and donor and treatment data are health data.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Sperm bank donor matching agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that helps fertility patients choose a donor, checks "
    "family limits and reserves donor sperm samples.",
)

# ---------------------------------------------------------------- data assets
search_request = tg.Data(
    "Patient donor search request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The patient's wishes for a donor, typed in the chat, with their patient id.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, chat history and the donor profiles and tool results so far.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
donor_profiles = tg.Data(
    "Donor profiles",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Donor identity, physical characteristics, family and medical history, "
    "genetic screening results and childhood photos.",
)
search_call = tg.Data("Donor search criteria", kind="tool-call", sensitivity=tg.Sensitivity.PII)
search_results = tg.Data(
    "Matching donor profiles",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Non-identifying profile fields and screening summary of matching donors.",
)
limit_call = tg.Data("Family limit query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
limit_result = tg.Data(
    "Donor family count and limit status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
usage_register = tg.Data(
    "Donor usage register",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Which recipient families each donor has been used for, pregnancies and births.",
)
treatment_outcomes = tg.Data(
    "Treatment outcomes", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
reservation_call = tg.Data(
    "Sample reservation request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Patient id, donor id and number of vials to hold.",
)
reservation_result = tg.Data(
    "Reservation confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
inventory = tg.Data(
    "Vial inventory and reservations",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
transcripts = tg.Data(
    "Matching chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients (and their partners) in treatment, on their own phones and laptops.
    patient = tm.add(tg.Actor("Patient", role="fertility patient"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent; hosted by the vendor under a DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="vendor DPA, EU/UK data residency, no training on our data"
                )
            },
        )
    )

with tm.boundary("Clinic cloud tenancy", trust=tg.Trust.INTERNAL):
    # The patient portal's chat API: the only way in from the internet.
    portal = tm.add(
        tg.Endpoint(
            "Patient portal chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="patient account e-mail and password with SMS code"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Plans the conversation, calls the tools and answers the patient.
    agent = tm.add(
        tg.Agent(
            "Donor matching agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.HumanInTheLoop(approver="the patient, who confirms the reservation in the chat"),
            },
        )
    )
    # Searches donor profiles by characteristics.
    search_tool = tm.add(
        tg.Tool(
            "Donor search tool",
            capabilities={"read"},
            description="Queries the donor profile database and returns non-identifying fields.",
            controls={
                c.DataMinimization(
                    note="donor name, contact details and photos as adults are never returned"
                )
            },
        )
    )
    # Counts families per donor against the legal limit.
    limit_tool = tm.add(
        tg.Tool(
            "Family limit check tool",
            capabilities={"read"},
            description="Counts the families a donor has been used for and compares it with the limit.",
        )
    )
    # Places a hold on vials of the chosen donor for the patient.
    reservation_tool = tm.add(
        tg.Tool(
            "Sample reservation tool",
            capabilities={"read", "write"},
            description="Reserves vials in the cryobank inventory for the patient named in the call.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Keeps chat transcripts for complaints and quality review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Donor data tier", trust=tg.Trust.RESTRICTED):
        # The bank's catalogue of donors, identifying data included.
        donor_db = tm.add(
            tg.DataStore(
                "Donor profile database",
                stores={donor_profiles},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Families per donor, for the legal family limit and the regulator's returns.
        register = tm.add(
            tg.DataStore(
                "Family limit register",
                stores={usage_register},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # The cryobank's vial stock and holds.
        inventory_db = tm.add(tg.DataStore("Cryobank inventory", stores={inventory}))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Staff who manage donors, record outcomes and release vials to the lab.
    coordinator = tm.add(tg.Actor("Donor coordinator", role="clinic staff"))

# ---------------------------------------------------------------- flows
tm.flow(patient, portal, search_request, protocol="https")
tm.flow(portal, patient, agent_reply, protocol="https")
tm.flow(portal, agent, search_request)
tm.flow(agent, portal, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, agent, search_results)
tm.flow(search_tool, donor_db, search_call, label="profile query")
tm.flow(donor_db, search_tool, donor_profiles)

tm.flow(agent, limit_tool, limit_call)
tm.flow(limit_tool, agent, limit_result)
tm.flow(register, limit_tool, usage_register)

tm.flow(agent, reservation_tool, reservation_call)
tm.flow(reservation_tool, agent, reservation_result)
tm.flow(reservation_tool, inventory_db, reservation_call, label="place hold")
tm.flow(inventory_db, reservation_tool, inventory, label="vial availability")

tm.flow(agent, transcript_store, transcripts)

tm.flow(coordinator, donor_db, donor_profiles, protocol="https", label="profile updates")
tm.flow(coordinator, register, treatment_outcomes, protocol="https")
tm.flow(inventory_db, coordinator, inventory, protocol="https", label="reservations to release")
