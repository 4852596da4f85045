"""Primary care repeat prescription refill agent: the first design, before any security review.

Patients of a GP practice ask for their repeat medication from the practice's patient
app, signing in with NHS login. The request goes to a refill agent that runs in the
practice's cloud tenancy: an LLM hosted by a model vendor reads the request, and the
agent uses a read-only tool to look the patient up in the GP clinical system (repeat
template, last issue dates, medication review dates). Items that are on the repeat list
and in date are written by a queue tool to a signing queue; anything off-list, overdue
for review or ordered too early is queued with a note for the GP instead. No request
becomes a prescription until a GP reviews it and signs it in the clinical system, which
sends it to the patient's nominated pharmacy through the Electronic Prescription Service.
Patients are told by SMS when their request has been queued or needs a review. The
practice has a DPIA for the processing and a data processing agreement with the model
vendor; the agent keeps transcripts of each request for audit.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Primary care prescription refill agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Checks patients' repeat prescription requests and queues them for a GP to sign.",
)

# ---------------------------------------------------------------- data assets
refill_request = tg.Data(
    "Repeat prescription request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Items ticked from the patient's repeat list, plus an optional free-text note.",
)
request_status = tg.Data(
    "Request status",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Queued, needs a review, or too early, with a short message to the patient.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Practice instructions, the patient's request and the medication record extract.",
)
agent_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
record_query = tg.Data("Medication record lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
medication_record = tg.Data(
    "Medication record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Repeat template, last issue dates, medication review dates, allergies.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
queued_refill = tg.Data(
    "Queued refill for signing",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The items the agent proposes to issue, with its checks and any note for the GP.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
gp_decision = tg.Data("GP decision on refill", kind="records", sensitivity=tg.Sensitivity.REGULATED)
signed_prescription = tg.Data(
    "Signed electronic prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
sms_message = tg.Data("Patient SMS notification", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data(
    "Agent transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each request, the record extract, the LLM's reasoning and the tool calls made.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person asking for their medication, on their own phone.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The language model that reads requests and decides which tool to call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, UK region.",
            controls={c.SupplierAssessment(note="DPA and DTAC review; no training on our data")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the patient a text when the request is queued or needs a review.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Clinical system supplier", trust=tg.Trust.PARTNER):
    # The practice's system of record: repeat templates, review dates, issued prescriptions.
    clinical_system = tm.add(
        tg.DataStore(
            "GP clinical system (EHR)",
            stores={medication_record, signed_prescription},
            description="Hosted by the clinical system supplier; reached through its partner API.",
            controls={c.AuditLogging(), c.RBAC()},
        )
    )

with tm.boundary("NHS Spine", trust=tg.Trust.PARTNER):
    # Carries signed prescriptions to the patient's nominated pharmacy.
    eps = tm.add(tg.ExternalService("Electronic Prescription Service"))

with tm.boundary("Practice cloud tenancy", trust=tg.Trust.INTERNAL):
    # The patient app's API: takes refill requests and shows their status.
    refill_api = tm.add(
        tg.Endpoint(
            "Patient app refill API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="NHS login (password plus SMS or app code)")},
        )
    )
    # Checks each request against the record and queues it; never issues anything itself.
    agent = tm.add(
        tg.Agent(
            "Refill agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="LLM agent following the practice's repeat prescribing protocol.",
            controls={
                c.ImpactAssessment(basis="public task, Art. 9(2)(h) provision of health care"),
            },
        )
    )
    # Read-only lookup of the requesting patient's medication record.
    lookup_tool = tm.add(
        tg.Tool(
            "Medication record lookup tool",
            capabilities={"read"},
            description="Calls the clinical system's partner API with the practice's API key.",
        )
    )
    # Writes the proposed refill to the GP's signing queue.
    queue_tool = tm.add(
        tg.Tool(
            "Signing queue tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="the patient's GP signs every prescription")},
        )
    )
    # Requests waiting for a GP, with the agent's checks and notes.
    signing_queue = tm.add(
        tg.DataStore(
            "Refill signing queue",
            stores={queued_refill, gp_decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Kept so the practice can see why a request was queued or flagged.
    transcript_store = tm.add(
        tg.DataStore(
            "Agent transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Reviews each queued request and signs the prescription in the clinical system.
    gp = tm.add(tg.Actor("GP", role="prescriber", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(patient, refill_api, refill_request, protocol="https")
tm.flow(refill_api, patient, request_status, protocol="https")
tm.flow(refill_api, agent, refill_request)
tm.flow(agent, refill_api, request_status)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")

tm.flow(agent, lookup_tool, record_query)
tm.flow(lookup_tool, clinical_system, record_query, protocol="https")
tm.flow(clinical_system, lookup_tool, medication_record, protocol="https")
tm.flow(lookup_tool, agent, medication_record, label="record extract")

tm.flow(agent, queue_tool, queued_refill)
tm.flow(queue_tool, signing_queue, queued_refill)
tm.flow(agent, transcript_store, transcripts)

tm.flow(signing_queue, gp, queued_refill, protocol="https", label="signing worklist")
tm.flow(gp, signing_queue, gp_decision, protocol="https", label="approve or reject")
tm.flow(gp, clinical_system, signed_prescription, protocol="https", label="signs prescription")
tm.flow(clinical_system, eps, signed_prescription, protocol="https")

tm.flow(agent, sms_gateway, sms_message, protocol="https")
tm.flow(sms_gateway, patient, sms_message, protocol="sms")
