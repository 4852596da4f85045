"""Hearing dog placement matching assistant: the first design, before any security review.

A UK hearing dogs charity wants help preparing its placement panel. Volunteer puppy
trainers write weekly progress reports on each dog in the charity's volunteer portal;
deaf applicants fill in an online application describing their hearing loss, other
health conditions, home and daily routine. Both land in the charity's cloud CRM.
When a cohort of dogs is ready, a placement officer starts a matching run from the
staff console: a matching service pulls the dogs' reports, the waiting applicants'
needs and the charity's matching guidance, asks a hosted LLM to summarise each side
and suggest dog-recipient pairings, and files the suggestions as a panel pack.
The panel reviews every suggestion and records its decision; nothing is placed
without it. Staff sign in with Microsoft 365 SSO and MFA, trainers with e-mail and
password; the CRM databases are encrypted at rest by the cloud provider and staff
access is role based. The LLM vendor was reviewed for zero data retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hearing dog placement matching assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of puppy trainer reports and deaf applicants' needs, "
    "with suggested dog-recipient matches for the placement panel.",
)

# ---------------------------------------------------------------- data assets
trainer_report = tg.Data(
    "Puppy trainer report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Weekly free-text report on a dog's temperament, sound work and health, "
    "with the volunteer trainer's name and address.",
)
dog_profile = tg.Data(
    "Dog profile and report history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A trainer's own puppy's profile and past reports, shown back to them.",
)
application = tg.Data(
    "Applicant needs application",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Hearing loss, other health conditions and disabilities, household, "
    "home and work routine, pets and children in the home.",
)
guidance = tg.Data(
    "Matching guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The charity's criteria for pairing dogs with recipients.",
)
run_request = tg.Data("Matching run request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Guidance, the cohort's trainer reports and the applicants' needs.",
)
completion = tg.Data(
    "LLM summaries and suggested matches",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
suggestions = tg.Data(
    "Suggested dog-recipient matches",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Per applicant: a summary of needs, ranked dogs and the reasons given.",
)
decision = tg.Data(
    "Panel placement decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
run_log = tg.Data(
    "Matching run log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Prompts and completions of every run, kept for the panel's questions.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers who raise and train the puppies at home and report on them.
    trainer = tm.add(tg.Actor("Volunteer puppy trainer", role="volunteer trainer"))
    # Deaf people applying for a hearing dog; they apply from home.
    applicant = tm.add(tg.Actor("Deaf applicant", role="applicant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that writes the summaries and suggests the pairings.
    llm = tm.add(
        tg.LLM(
            "Hosted matching LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the vendor's API; its "
            "suggestions shape who is offered which dog.",
            controls={c.SupplierAssessment(note="zero-retention API terms reviewed")},
        )
    )

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web app: trainers sign in to file reports; applicants submit the form.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer and applicant portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password", note="trainers only")},
        )
    )
    # Orchestrates a matching run: gathers records, prompts the LLM, files the pack.
    matcher = tm.add(
        tg.Service(
            "Matching service",
            description="Builds one prompt per cohort, calls the LLM and stores the "
            "suggested matches for the panel.",
            controls={c.HumanInTheLoop(approver="the placement panel")},
        )
    )
    # Staff web app for placement officers and panel members.
    console = tm.add(
        tg.Endpoint(
            "Staff placement console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Where the matching service's output waits for the panel meeting.
    pack_store = tm.add(tg.DataStore("Panel pack store", stores={suggestions}))
    # Prompt and completion history of each run.
    run_logs = tm.add(tg.DataStore("Matching run log store", stores={run_log}))
    # Reference document every run works from.
    guidance_store = tm.add(tg.DataStore("Matching guidance library", stores={guidance}))

    with tm.boundary("CRM data tier", trust=tg.Trust.RESTRICTED):
        # System of record for the dogs in training.
        dog_db = tm.add(
            tg.DataStore(
                "Dog records database",
                stores={trainer_report, dog_profile},
                controls={c.EncryptionAtRest(key_management="provider-managed keys")},
            )
        )
        # System of record for applicants and their placement outcomes.
        applicant_db = tm.add(
            tg.DataStore(
                "Applicant case records",
                stores={application, decision},
                controls={
                    c.EncryptionAtRest(key_management="provider-managed keys"),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("Charity office network", trust=tg.Trust.INTERNAL):
    # Staff member who prepares cohorts and starts the matching runs.
    officer = tm.add(tg.Actor("Placement officer", role="placement staff"))
    # Panel of trainers, placement staff and an audiologist who decide placements.
    panel = tm.add(tg.Actor("Placement panel member", role="panel member"))

# ---------------------------------------------------------------- flows
tm.flow(trainer, portal, trainer_report, protocol="https")
tm.flow(portal, dog_db, trainer_report)
tm.flow(dog_db, portal, dog_profile, label="trainer's own puppy")
tm.flow(portal, trainer, dog_profile, protocol="https")

tm.flow(applicant, portal, application, protocol="https")
tm.flow(portal, applicant_db, application)

tm.flow(officer, console, run_request, protocol="https")
tm.flow(console, matcher, run_request)
tm.flow(dog_db, matcher, trainer_report, label="cohort reports")
tm.flow(applicant_db, matcher, application, label="waiting list")
tm.flow(guidance_store, matcher, guidance)
tm.flow(matcher, llm, prompt, protocol="https")
tm.flow(llm, matcher, completion, protocol="https")
tm.flow(matcher, run_logs, run_log)
tm.flow(matcher, pack_store, suggestions)

tm.flow(pack_store, console, suggestions, label="panel pack")
tm.flow(console, officer, suggestions, protocol="https")
tm.flow(console, panel, suggestions, protocol="https")
tm.flow(panel, console, decision, protocol="https")
tm.flow(console, applicant_db, decision)
