"""GP surgery online consultation triage: the first design, before any security review.

Registered patients fill in an online consultation form (symptoms, medication
requests, admin questions) on our online consultation supplier's website. A
triage service in the surgery's cloud tenancy pulls each new submission through
the supplier's API, looks the patient up in the GP clinical system (problems,
medication, allergies) and asks a hosted LLM, under a UK data processing
agreement, to suggest an urgency, the right clinician (GP, nurse, clinical
pharmacist, physio) and a draft reply. Care navigators work the queue in a web
workbench, signed in with their NHS smartcards: they accept or change the
suggestion, edit the draft and send it back to the patient through the
supplier, and book the consultation onto the clinician's task list. Nothing
reaches a patient without a navigator sending it. The practice manager keeps
the surgery's triage guidance that goes into every prompt.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "GP surgery online consultation triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM suggestions of urgency, clinician and a draft reply for care navigators.",
)

# ---------------------------------------------------------------- data assets
form = tg.Data(
    "Online consultation form",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient's free-text symptoms and answers, NHS number and contact details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
summary = tg.Data(
    "Patient record summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Active problems, repeat medication, allergies, recent consultations.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lookup = tg.Data("Patient lookup by NHS number", kind="records", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data(
    "Surgery triage guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Red flags, which clinician sees what, reply templates.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Guidance, the form and the record summary.",
)
suggestion = tg.Data(
    "Urgency and clinician suggestion with draft reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data(
    "Navigator triage decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Accepted or changed urgency and clinician, and the edited reply.",
)
reply = tg.Data("Reply to patient", kind="records", sensitivity=tg.Sensitivity.REGULATED)
consultation = tg.Data(
    "Consultation entry and task", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
triage_log = tg.Data(
    "Triage log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each prompt, LLM output and the navigator's final decision.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who can pass as a registered patient can submit a form.
    patient = tm.add(tg.Actor("Patient", role="registered patient"))

with tm.boundary("Online consultation supplier", trust=tg.Trust.PARTNER):
    # The supplier's hosted form and messaging: where patients write in and read replies.
    platform = tm.add(
        tg.ExternalService(
            "Online consultation platform",
            description="Hosted patient form; holds submissions and sends replies by SMS link.",
        )
    )

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # The language model that reads the form and proposes urgency, clinician and reply.
    llm = tm.add(
        tg.LLM(
            "Triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted general-purpose model; suggests urgency, clinician and a draft reply.",
            controls={
                c.SupplierAssessment(note="DTAC and DSPT evidence, UK data processing agreement")
            },
        )
    )

with tm.boundary("GP clinical system", trust=tg.Trust.RESTRICTED):
    # The surgery's system of record, hosted by the clinical system supplier on HSCN.
    ehr = tm.add(
        tg.DataStore(
            "GP clinical system (EHR)",
            stores={summary, consultation},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Surgery cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls submissions, assembles the prompt, calls the LLM, queues the result.
    triage = tm.add(
        tg.Service(
            "Consultation triage service",
            description="Polls new submissions, adds the record summary and guidance, calls the LLM.",
        )
    )
    # The practice's own triage rules and templates, read into every prompt.
    guidance_store = tm.add(tg.DataStore("Triage guidance store", stores={guidance}))
    # Suggestions and drafts waiting for a navigator.
    queue = tm.add(
        tg.DataStore(
            "Triage queue",
            stores={form, suggestion, decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What was asked and answered, kept for clinical safety review.
    log_store = tm.add(tg.DataStore("Triage log store", stores={triage_log}))
    # Where navigators review, edit and send.
    workbench = tm.add(
        tg.Endpoint(
            "Care navigator workbench",
            purpose=tg.EndpointPurpose.API,
            description="Web app listing queued consultations with the LLM's suggestion and draft.",
            controls={
                c.Authentication(method="NHS CIS2 smartcard sign-in"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the care navigator, for every reply and routing"),
            },
        )
    )

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Reception staff who triage with the LLM's help.
    navigator = tm.add(tg.Actor("Care navigator", role="care navigator"))
    # GPs, nurses and pharmacists who pick up the routed consultations.
    clinician = tm.add(tg.Actor("Clinician", role="clinician"))
    # Keeps the triage guidance up to date.
    manager = tm.add(tg.Actor("Practice manager", role="practice manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(patient, platform, form, protocol="https")
tm.flow(platform, triage, form, protocol="https", label="new submissions via supplier API")

tm.flow(triage, ehr, lookup, protocol="https")
tm.flow(ehr, triage, summary, protocol="https")
tm.flow(guidance_store, triage, guidance)
tm.flow(triage, llm, prompt, protocol="https")
tm.flow(llm, triage, suggestion, protocol="https")
tm.flow(triage, queue, form, suggestion)
tm.flow(triage, log_store, triage_log)

tm.flow(queue, workbench, form, suggestion)
tm.flow(workbench, navigator, form, suggestion, protocol="https")
tm.flow(navigator, workbench, decision, protocol="https")
tm.flow(workbench, queue, decision)
tm.flow(workbench, log_store, triage_log, label="final decision")

tm.flow(workbench, platform, reply, protocol="https")
tm.flow(platform, patient, reply, protocol="https", label="reply read via SMS link")
tm.flow(workbench, ehr, consultation, protocol="https", label="saved and tasked to clinician")
tm.flow(ehr, clinician, consultation, label="clinician's task list")

tm.flow(manager, guidance_store, guidance, protocol="https")
