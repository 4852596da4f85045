"""Tree surgery risk assessment drafting: the first design, before any security review.

A tree surgery firm's arborists open each job in the crew app on their company
phones, photograph the trees, access, overhead lines and surroundings, and add
short site notes. The app uploads them to the firm's RAMS API in its cloud
account, where a drafting service gathers the job details from the firm's job
management SaaS, the firm's library of standard hazards and safe working methods,
the council's tree preservation order data and the day's wind forecast, and asks
a vendor-hosted vision LLM to draft the risk assessment and method statement.
The team leader reviews the draft in the app, edits it and signs it off; no work
starts until it is signed. Staff sign in with their Microsoft 365 accounts (MFA),
only team leaders may sign off, photos are encrypted at rest, and every sign-off
is logged. The office manager maintains the hazard library and the job records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tree surgery RAMS drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Site photos and notes go to an LLM that drafts the risk assessment and method "
        "statement; the team leader signs it off before work starts."
    ),
)

# ---------------------------------------------------------------- data assets
site_photos = tg.Data(
    "Site photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Trees, gardens, houses, vehicles and sometimes the client or neighbours.",
)
site_notes = tg.Data(
    "Arborist site notes",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Species, defects, access, nearby lines and structures, planned technique.",
)
job_details = tg.Data(
    "Job details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Client name, phone, site address, scope of works agreed in the quote.",
)
hazard_library = tg.Data(
    "Standard hazards and safe working methods",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
)
tpo_status = tg.Data(
    "Tree preservation order and conservation area status",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
)
wind_forecast = tg.Data("Wind speed forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
drafting_prompt = tg.Data(
    "RAMS drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, photos, notes, job details, hazard library extracts, TPO and wind.",
)
draft_rams = tg.Data(
    "Draft risk assessment and method statement",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
signed_rams = tg.Data(
    "Signed risk assessment and method statement",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
sign_off = tg.Data(
    "Team leader sign-off",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Edits to the draft, the team leader's name and the time of sign-off.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("On site", trust=tg.Trust.UNTRUSTED):
    # Climbers and ground staff who survey the site before work.
    arborist = tm.add(tg.Actor("Arborist", role="field staff"))
    # Leads the crew; reviews, edits and signs off the RAMS for the job.
    team_leader = tm.add(tg.Actor("Team leader", role="crew supervisor"))
    # Company phones running the crew app, on mobile data at the site.
    crew_app = tm.add(tg.Device("Crew mobile app", fleet=True))

with tm.boundary("Firm cloud account", trust=tg.Trust.INTERNAL):
    # API the crew app talks to; staff sign in with their Microsoft 365 account.
    rams_api = tm.add(
        tg.Endpoint(
            "RAMS API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft 365 OIDC sign-in with MFA"),
                c.RBAC(note="only the team leader role may sign off a RAMS"),
            },
        )
    )
    # Gathers the inputs, builds the prompt and turns the answer into a RAMS draft.
    drafter = tm.add(
        tg.Service(
            "RAMS drafting service",
            controls={
                c.HumanInTheLoop(
                    approver="team leader signs off the RAMS in the app before work starts"
                )
            },
        )
    )
    # Object storage for the original site photos.
    photo_store = tm.add(
        tg.DataStore(
            "Site photo store",
            stores={site_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Drafts and signed RAMS, kept with each job for the firm's records and insurers.
    rams_store = tm.add(
        tg.DataStore(
            "RAMS document store",
            stores={draft_rams, signed_rams, sign_off},
            controls={c.AuditLogging(note="sign-offs and edits recorded with user and time")},
        )
    )
    # The firm's standard hazard library and safe working methods, in a shared folder.
    library = tm.add(tg.DataStore("Hazard library", stores={hazard_library}))

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Books jobs, keeps client records and maintains the hazard library.
    office_manager = tm.add(tg.Actor("Office manager", role="office staff"))

with tm.boundary("Job management vendor", trust=tg.Trust.PARTNER):
    # SaaS where quotes and jobs are booked; holds client and site details.
    job_system = tm.add(tg.ExternalService("Job management SaaS", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the photos and drafts the RAMS text.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Its draft sets the hazards and controls the crew works to.",
        )
    )

with tm.boundary("Public data services", trust=tg.Trust.UNTRUSTED):
    # Local council open data: TPOs and conservation areas that need consent first.
    council = tm.add(
        tg.DataSource("Council TPO map service", origin=tg.Origin.PUBLIC_WEB, provides={tpo_status})
    )
    # Commercial weather API: wind speeds decide whether climbing is safe.
    weather = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={wind_forecast})
    )

# ---------------------------------------------------------------- flows
tm.flow(arborist, crew_app, site_photos, site_notes, label="takes photos and notes on the phone")
tm.flow(crew_app, rams_api, site_photos, site_notes, protocol="https")
tm.flow(rams_api, photo_store, site_photos)
tm.flow(rams_api, drafter, site_notes, label="draft requested")

tm.flow(photo_store, drafter, site_photos)
tm.flow(job_system, drafter, job_details, protocol="https")
tm.flow(library, drafter, hazard_library)
tm.flow(council, drafter, tpo_status, protocol="https")
tm.flow(weather, drafter, wind_forecast, protocol="https")
tm.flow(drafter, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafter, draft_rams, protocol="https")
tm.flow(drafter, rams_store, draft_rams)

tm.flow(rams_store, rams_api, draft_rams, signed_rams)
tm.flow(rams_api, crew_app, draft_rams, signed_rams, protocol="https")
tm.flow(crew_app, team_leader, draft_rams, signed_rams, label="reviews on the phone")
tm.flow(team_leader, crew_app, sign_off, label="edits and signs on the phone")
tm.flow(crew_app, rams_api, sign_off, protocol="https")
tm.flow(rams_api, rams_store, sign_off, signed_rams)

tm.flow(office_manager, job_system, job_details, protocol="https", label="books jobs")
tm.flow(office_manager, library, hazard_library, label="maintains the library")
