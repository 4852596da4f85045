"""Community pharmacy blister pack robot agent: the first design, before any security review.

A community pharmacy fills weekly multi-compartment blister packs for patients on
repeat medication, mostly elderly people whose carers collect or receive the packs.
Repeat prescriptions arrive from GP practices through the national electronic
prescription service into the pharmacy's patient medication record (PMR). An LLM
agent, running in the pharmacy's cloud tenant, reads each patient's prescriptions,
medication history and the drug and pack catalogue, and writes a filling plan
(which tablet goes into which morning, noon, evening and night compartment) to the
blister pack robot in the dispensary. The robot fills the packs and photographs them;
a pharmacist checks every pack on a check workstation against the prescription
before it is released. Released packs trigger a delivery text to the carer through
an SMS provider. Controls in this design: pharmacist smartcard sign-in, role-based
access and encryption on the PMR, mutual TLS to the prescription service, and a
vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community pharmacy blister pack robot agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent turns repeat prescriptions into blister pack filling plans "
    "for a dispensing robot; a pharmacist checks each pack; carers get delivery texts.",
)

# ---------------------------------------------------------------- data assets
prescriptions = tg.Data(
    "Repeat prescriptions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Electronic repeat prescriptions: patient, drug, strength, dose and timing.",
)
med_history = tg.Data(
    "Patient medication history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Previous packs, allergies and notes recorded in the PMR.",
)
carer_contacts = tg.Data(
    "Carer contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Carer name and mobile number held against each patient.",
)
catalogue = tg.Data(
    "Drug and pack catalogue entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Products, pack sizes and which drugs the robot may put in a blister.",
)
plan_request = tg.Data(
    "Pack preparation request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
agent_completion = tg.Data(
    "Agent completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
lookup_call = tg.Data("Prescription lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Prescription lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
filling_plan = tg.Data(
    "Blister filling plan",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per patient: drug, quantity and compartment for each day of the week.",
)
fill_record = tg.Data(
    "Pack fill record and photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the robot dispensed into each compartment, with a photo of the pack.",
)
check_outcome = tg.Data(
    "Pharmacist pack check outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pack accepted or rejected, with the pharmacist's reason.",
)
pack_release = tg.Data("Pack release for delivery", kind="records", sensitivity=tg.Sensitivity.PII)
delivery_text = tg.Data(
    "Delivery text message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Patient first name, delivery day and time window.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Receives the delivery text on their own phone.
    carer = tm.add(tg.Actor("Patient's carer", role="carer"))

with tm.boundary("NHS network", trust=tg.Trust.PARTNER):
    # Source of the repeat prescriptions issued by GP practices.
    eps = tm.add(
        tg.ExternalService(
            "Electronic prescription service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="National service that routes GP-issued prescriptions to the nominated pharmacy.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="data processing agreement, no training on our data")
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the delivery texts to carers' mobiles.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Pharmacy cloud tenant", trust=tg.Trust.INTERNAL):
    # System of record for patients, prescriptions and carers.
    pmr = tm.add(
        tg.DataStore(
            "Patient medication record (PMR)",
            stores={prescriptions, med_history, carer_contacts, check_outcome},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="cloud provider KMS"),
                c.AuditLogging(),
            },
        )
    )
    # Reference data the plans are built against.
    drug_catalogue = tm.add(tg.DataStore("Drug and pack catalogue", stores={catalogue}))
    # Builds each patient's weekly filling plan from their repeat prescriptions.
    agent = tm.add(
        tg.Agent(
            "Filling plan agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs when a patient's packs are due; the pharmacist checks the filled packs.",
        )
    )
    # Lets the agent read a patient's prescriptions, history and catalogue entries.
    lookup_tool = tm.add(
        tg.Tool(
            "Prescription lookup tool",
            capabilities={"read"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Sends a finished filling plan to the robot's job queue.
    plan_tool = tm.add(
        tg.Tool(
            "Robot filling plan tool",
            capabilities={"write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Sends a delivery text once a pack is released.
    notifier = tm.add(tg.Service("Delivery notification service"))

with tm.boundary("Pharmacy premises", trust=tg.Trust.INTERNAL):
    # Where the pharmacist reviews each filled pack against the prescription.
    check_station = tm.add(
        tg.Endpoint(
            "Pack check workstation",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="NHS smartcard and passcode"),
                c.HumanInTheLoop(
                    approver="the responsible pharmacist",
                    note="every filled pack is checked before it is released for delivery",
                ),
            },
        )
    )
    # Clinically checks and releases each pack.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))

    with tm.boundary("Dispensary", trust=tg.Trust.RESTRICTED):
        # Fills the blister packs from the plan and photographs each pack.
        robot = tm.add(tg.Device("Blister pack robot", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(eps, pmr, prescriptions, protocol="mtls", label="repeat prescriptions downloaded")

tm.flow(pmr, agent, plan_request, label="packs due this week")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(pmr, lookup_tool, prescriptions, med_history)
tm.flow(drug_catalogue, lookup_tool, catalogue)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, plan_tool, filling_plan)
tm.flow(plan_tool, robot, filling_plan, protocol="http", label="robot vendor job API")

tm.flow(robot, check_station, fill_record, protocol="http")
tm.flow(pmr, check_station, prescriptions, protocol="https")
tm.flow(check_station, pharmacist, fill_record, prescriptions, label="reviewed at the workstation")
tm.flow(pharmacist, check_station, check_outcome, label="reviewed at the workstation")
tm.flow(check_station, pmr, check_outcome, protocol="https")

tm.flow(check_station, notifier, pack_release, protocol="https")
tm.flow(pmr, notifier, carer_contacts)
tm.flow(notifier, sms_gateway, delivery_text, protocol="https")
tm.flow(sms_gateway, carer, delivery_text, protocol="sms")
