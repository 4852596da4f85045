"""Mood journal with LLM reflections: the first design, before any security review.

A consumer wellbeing app for adults in the EU. Users write mood journal entries
on their phone; the backend stores each entry and replies with a short reflection
and coping suggestions written by a hosted LLM, drawing on the user's recent mood
history and a library of clinician-reviewed coping exercises. Every entry is first
screened by an in-house crisis language classifier: when it flags self-harm or
suicide risk, the app shows the helpline card and, for users who opted in at
sign-up, the escalation service refers them to a partner crisis helpline, whose
counsellors call back. Flagged entries go to a safety log the clinical safety
team reviews. Controls in this design: e-mail and password sign-in with rate
limits, TLS everywhere, the journal database encrypted with KMS keys, the vendor's
safety filter on the LLM and a data processing agreement with zero retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mood journal LLM reflections",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Wellbeing app: journal entries answered by LLM reflections, crisis language escalated.",
)

# ---------------------------------------------------------------- data assets
entry = tg.Data(
    "Journal entry",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Free text and a 1-5 mood score; special-category health data.",
)
history = tg.Data(
    "Mood history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The user's last 14 days of entries, mood scores and earlier reflections.",
)
reflection_prompt = tg.Data(
    "Reflection prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the entry, recent mood history and matching exercises.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
reflection = tg.Data(
    "Reflection and coping suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
exercises = tg.Data(
    "Coping exercises",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Breathing, grounding and CBT-style exercises written by the clinical team.",
)
exercise_chunks = tg.Data(
    "Matching exercises", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
risk_flag = tg.Data("Crisis risk score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
referral = tg.Data(
    "Crisis referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="First name, phone number, country and the flagged excerpt.",
)
referral_status = tg.Data("Referral status", kind="records", sensitivity=tg.Sensitivity.PII)
safety_record = tg.Data(
    "Flagged entry record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The flagged entry, the score, what the app showed and the referral outcome.",
)
sign_in = tg.Data("Sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person keeping the journal.
    user = tm.add(tg.Actor("App user", role="end user"))
    # The iOS/Android app on the user's own phone.
    phone_app = tm.add(tg.Device("Mood journal phone app", fleet=True))

with tm.boundary("App backend", trust=tg.Trust.INTERNAL):
    # The public API the app calls: sign-in, entries, reflections.
    api = tm.add(
        tg.Endpoint(
            "Journal API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="entry length and mood score range"),
            },
        )
    )
    # Screens the entry, gathers context, calls the LLM, assembles the reply.
    orchestrator = tm.add(
        tg.Service(
            "Reflection orchestrator",
            description="Runs the crisis check first, then builds the prompt and calls the LLM.",
        )
    )
    # Fine-tuned text classifier for self-harm and suicide language.
    classifier = tm.add(
        tg.Model(
            "Crisis language classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="A score above 0.7 shows the helpline card and triggers a referral.",
        )
    )
    # Clinician-reviewed exercises, embedded so the orchestrator can pick relevant ones.
    library = tm.add(tg.VectorStore("Coping exercise library", stores={exercises, exercise_chunks}))
    # Sends referrals to the helpline and records flagged entries.
    escalation = tm.add(tg.Service("Crisis escalation service"))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Accounts, entries, mood scores and reflections.
        journal_db = tm.add(
            tg.DataStore(
                "Journal database",
                stores={entry, history, reflection, sign_in},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # What the clinical safety team reviews after a flag.
        safety_log = tm.add(
            tg.DataStore(
                "Safety review log",
                stores={safety_record},
                controls={c.RBAC(note="clinical safety team only")},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's self-harm and content safety filter"),
                c.SupplierAssessment(note="DPA signed, zero-retention API tier"),
            },
        )
    )

with tm.boundary("Helpline partner", trust=tg.Trust.PARTNER):
    # The charity crisis line whose counsellors call users back.
    helpline = tm.add(tg.ExternalService("Crisis helpline", provides="generic"))

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Clinicians who review flagged entries and write the coping exercises.
    clinician = tm.add(tg.Actor("Clinical safety reviewer", role="clinical safety team"))

# ---------------------------------------------------------------- flows
tm.flow(user, phone_app, entry, label="typed on the phone")
tm.flow(phone_app, user, reflection, label="shown on the phone")
tm.flow(phone_app, api, sign_in, entry, protocol="https")
tm.flow(api, phone_app, reflection, protocol="https")

tm.flow(api, journal_db, entry, sign_in)
tm.flow(journal_db, api, sign_in, label="password check")
tm.flow(api, orchestrator, entry)
tm.flow(orchestrator, api, reflection, risk_flag)

tm.flow(orchestrator, classifier, entry)
tm.flow(classifier, orchestrator, risk_flag)

tm.flow(journal_db, orchestrator, history)
tm.flow(orchestrator, library, entry, label="similarity query")
tm.flow(library, orchestrator, exercise_chunks)
tm.flow(orchestrator, llm, reflection_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, journal_db, reflection)

tm.flow(orchestrator, escalation, entry, risk_flag, label="entry flagged")
tm.flow(journal_db, escalation, referral, label="contact details of opted-in user")
tm.flow(escalation, helpline, referral, protocol="https")
tm.flow(helpline, escalation, referral_status, protocol="https")
tm.flow(escalation, safety_log, safety_record)

tm.flow(safety_log, clinician, safety_record, protocol="https")
tm.flow(clinician, library, exercises, protocol="https", label="publishes exercises")
