"""Gym chain AI personal trainer: the first design, before any security review.

A European gym chain adds an AI coach to its member app. Members state their goals,
injuries and health conditions in an onboarding questionnaire, link a wearable
(Garmin, Fitbit, Apple Health via the vendor's cloud API), then chat with the coach,
which builds weekly workout plans and answers training questions. A coach backend
in the chain's cloud assembles a prompt from the member's profile, recent wearable
metrics, earlier conversation and passages of the head coaches' exercise guidance,
and sends it to a hosted LLM under a data processing agreement. Plans and chats are
kept so that club personal trainers can review them and add notes in a staff
console. Members sign in with e-mail and password or Apple/Google sign-in, the API
is rate limited, staff use SSO with MFA and role-based access, the profile and
wearable stores are encrypted, and wearable OAuth tokens live in a secrets manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gym chain AI personal trainer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Member app in which an LLM coach builds workout plans from goals, injuries "
        "and wearable data, and answers training questions."
    ),
)

# ---------------------------------------------------------------- data assets
member_message = tg.Data(
    "Member chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions about training; often mentions pain, injuries or medication.",
)
coach_reply = tg.Data("Coach reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
workout_plan = tg.Data(
    "Workout plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Weekly sessions with exercises, loads and rest, adapted to injuries.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
goals_profile = tg.Data(
    "Member goals and profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Age, weight, goals, experience level, preferred club and schedule.",
)
health_answers = tg.Data(
    "Injury and health questionnaire",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Injuries, conditions, pregnancy, medication: special-category health data.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
wearable_metrics = tg.Data(
    "Wearable metrics",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Heart rate, HRV, sleep, steps and recorded workouts.",
)
wearable_tokens = tg.Data(
    "Wearable OAuth tokens", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
membership = tg.Data(
    "Membership record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Membership tier, home club and whether personal training is included.",
)
coach_prompt = tg.Data(
    "Coach prompt with member context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, profile, injuries, wearable summary, history and guidance passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
guidance = tg.Data(
    "Coaching guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Exercise library, progression rules and injury modifications by head coaches.",
)
guidance_chunks = tg.Data(
    "Guidance passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
history = tg.Data(
    "Conversation history",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every chat turn and generated plan, per member.",
)
trainer_notes = tg.Data("Trainer notes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The gym member, the person being coached.
    member = tm.add(tg.Actor("Gym member", role="member"))
    # The chain's iOS and Android app on the member's phone.
    app = tm.add(tg.Device("Member phone app", fleet=True))

with tm.boundary("Wearable vendors", trust=tg.Trust.PARTNER):
    # Cloud APIs of the wearable makers the member links through OAuth.
    wearable_api = tm.add(
        tg.ExternalService(
            "Wearable vendor API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Garmin, Fitbit and Apple Health exports, read with the member's consent.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that writes the coach's replies and plans.
    llm = tm.add(
        tg.LLM(
            "Hosted coaching LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's EU API endpoint.",
            controls={c.SupplierAssessment(note="DPA signed; no training on our prompts")},
        )
    )

with tm.boundary("Gym cloud", trust=tg.Trust.INTERNAL):
    # The app's backend API: sign-in, onboarding, chat and plans.
    coach_api = tm.add(
        tg.Endpoint(
            "Coach API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, or Sign in with Apple / Google"),
                c.RateLimiting(requests_per_minute=30, note="per member account"),
            },
        )
    )
    # Builds the prompt, calls the LLM and stores what it produced.
    orchestrator = tm.add(
        tg.Service(
            "Coach orchestrator",
            description="Assembles member context and guidance into the prompt and parses plans.",
        )
    )
    # Onboarding answers and goals, one record per member.
    profile_db = tm.add(
        tg.DataStore(
            "Member profile database",
            stores={goals_profile, health_answers},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pulls new wearable data for every linked member every hour.
    sync = tm.add(
        tg.Service(
            "Hourly wearable sync",
            description="Refreshes OAuth tokens and fetches new metrics from each vendor.",
            controls={c.SecretsManagement(note="tokens in the cloud secrets manager")},
        )
    )
    # Time series of wearable data the coach reads summaries of.
    metrics_store = tm.add(
        tg.DataStore(
            "Wearable metrics store",
            stores={wearable_metrics},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The chain's existing CRM, read for membership tier and home club.
    crm = tm.add(tg.DataStore("Membership CRM", stores={membership}))
    # Indexed coaching guidance retrieved into the prompt.
    guidance_index = tm.add(tg.VectorStore("Coaching guidance index", stores={guidance_chunks}))
    # Chunks and embeds guidance documents when head coaches publish them.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Chats and plans, kept for continuity and for trainer review.
    conversation_store = tm.add(
        tg.DataStore("Conversation and plan store", stores={history, trainer_notes})
    )
    # Web console where club trainers read their members' plans and chats.
    console = tm.add(
        tg.Endpoint(
            "Trainer console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(note="trainer and head coach roles"),
            },
        )
    )

with tm.boundary("Club and head office network", trust=tg.Trust.INTERNAL):
    # Club personal trainers who follow up on members' plans.
    trainer = tm.add(tg.Actor("Club personal trainer", role="trainer"))
    # Head coaches who write the exercise guidance the coach draws on.
    head_coach = tm.add(tg.Actor("Head coach", role="content author"))

# ---------------------------------------------------------------- flows
# member and app
tm.flow(member, app, member_message, goals_profile, health_answers)
tm.flow(app, member, coach_reply, workout_plan)
tm.flow(app, coach_api, member_message, goals_profile, health_answers, protocol="https")
tm.flow(coach_api, app, coach_reply, workout_plan, protocol="https")
tm.flow(app, coach_api, wearable_tokens, protocol="https", label="wearable account linked")

# onboarding and wearable data
tm.flow(coach_api, profile_db, goals_profile, health_answers)
tm.flow(coach_api, sync, wearable_tokens, label="store new wearable link")
tm.flow(sync, wearable_api, wearable_tokens, protocol="https")
tm.flow(wearable_api, sync, wearable_metrics, protocol="https")
tm.flow(sync, metrics_store, wearable_metrics)

# coaching turn
tm.flow(coach_api, orchestrator, member_message)
tm.flow(profile_db, orchestrator, goals_profile, health_answers)
tm.flow(metrics_store, orchestrator, wearable_metrics)
tm.flow(crm, orchestrator, membership)
tm.flow(conversation_store, orchestrator, history, trainer_notes, label="earlier turns")
tm.flow(orchestrator, guidance_index, member_message, label="similarity query")
tm.flow(guidance_index, orchestrator, guidance_chunks)
tm.flow(orchestrator, llm, coach_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, conversation_store, history)
tm.flow(orchestrator, coach_api, coach_reply, workout_plan)

# trainer review
tm.flow(conversation_store, console, history, trainer_notes)
tm.flow(profile_db, console, goals_profile, health_answers)
tm.flow(console, trainer, history, goals_profile, health_answers, protocol="https")
tm.flow(trainer, console, trainer_notes, protocol="https")
tm.flow(console, conversation_store, trainer_notes)

# guidance authoring
tm.flow(head_coach, indexer, guidance, protocol="https", label="publishes guidance")
tm.flow(indexer, guidance_index, guidance_chunks)
