"""Appliance defect reporting assistant: the first design, before any security review.

Crews at our fire stations do the daily checks of their appliances and stowed
equipment on the station's shared tablets, and may record a short voice note about
what they found. The app sends the checklist and note to a defect reporting API in
the service's Azure tenant. An orchestrator has the note transcribed by a cloud
speech-to-text service, looks the appliance up in the asset register, and asks a
hosted LLM to draft a defect report for the fleet workshop, flagging defects that
take the appliance off the run. The crew commander confirms the draft on the tablet
before it is filed in the fleet maintenance system; an off-the-run flag also e-mails
Fire Control, whose operator sets the appliance unavailable for mobilising.
Staff sign in with their own Entra ID accounts, traffic is TLS, the check store is
encrypted at rest, and the AI vendor passed a supplier assessment and a DPIA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Appliance defect reporting assistant",
    # appliance availability decides what gets sent to an emergency, and a missed
    # defect puts a crew on an unsafe vehicle
    profile=tg.RiskProfile.HIGH,
    # crews' names and recorded voices are staff personal data (UK GDPR)
    frameworks={"gdpr"},
    description="Turns daily appliance and equipment checks and voice notes into "
    "defect reports for the fleet workshop, flagging off-the-run defects.",
)

# ---------------------------------------------------------------- data assets
check_record = tg.Data(
    "Daily appliance check record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Checklist results per appliance and equipment item, mileage, "
    "fuel and fluid levels, and the name of the firefighter who did the check.",
)
voice_note = tg.Data(
    "Crew voice note",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Up to two minutes of audio recorded on the tablet describing a fault.",
)
transcript = tg.Data("Voice note transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
asset_details = tg.Data(
    "Appliance and equipment details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Registration, equipment inventory, service history and open defects.",
)
prompt = tg.Data(
    "Defect drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the check results, the transcript and the asset details.",
)
draft_report = tg.Data(
    "Draft defect report",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Defects found, their category and whether the appliance is off the run.",
)
confirmed_report = tg.Data(
    "Confirmed defect report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
off_run_notice = tg.Data(
    "Off-the-run notification",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
availability = tg.Data(
    "Appliance availability status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
job_status = tg.Data("Workshop job status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sign_in = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
access_token = tg.Data(
    "Entra ID access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Fire stations", trust=tg.Trust.INTERNAL):
    # does the daily checks and records what is wrong
    firefighter = tm.add(tg.Actor("Firefighter", role="crew member"))
    # reads the drafted report and confirms it before it reaches the workshop
    commander = tm.add(tg.Actor("Crew commander", role="crew commander"))
    # shared per watch on each station; Intune-managed, runs the checks app
    tablet = tm.add(
        tg.Device(
            "Station tablet",
            description="Ruggedised Android tablet running the appliance checks app.",
        )
    )

with tm.boundary("Service Azure tenant", trust=tg.Trust.INTERNAL):
    # the only entry point for the tablets
    api = tm.add(
        tg.Endpoint(
            "Defect reporting API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID single sign-on, each firefighter's own account")
            },
        )
    )
    # assembles the prompt, calls speech-to-text and the LLM, routes the outcome
    orchestrator = tm.add(
        tg.Service(
            "Defect report orchestrator",
            description="Transcribes the voice note, builds the prompt from the check, "
            "the transcript and the asset register, drafts the report with the LLM, "
            "and files it once the crew commander confirms it.",
            controls={
                c.HumanInTheLoop(approver="the crew commander, on the station tablet"),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e), for crew checks and voice notes"
                ),
            },
        )
    )
    # keeps every check, note, transcript and draft for the appliance's history
    check_store = tm.add(
        tg.DataStore(
            "Check records store",
            stores={check_record, voice_note, transcript, draft_report},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # what each appliance carries, kept in step with the fleet system
    asset_register = tm.add(tg.DataStore("Asset register", stores={asset_details, job_status}))

with tm.boundary("Cloud AI services", trust=tg.Trust.PARTNER):
    # turns crews' voice notes into text
    speech = tm.add(
        tg.ExternalService(
            "Speech-to-text service",
            provides=tg.ExternalCategory.MODEL_API,
            controls={c.SupplierAssessment()},
        )
    )
    # drafts the defect report and proposes the off-the-run flag
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model deployed in the vendor's UK region.",
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Microsoft Entra ID", trust=tg.Trust.PARTNER):
    # the service's staff directory and sign-in
    idp = tm.add(tg.ExternalService("Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("HQ data centre", trust=tg.Trust.INTERNAL):
    # the workshop's system of record for defects and repair jobs
    fleet_system = tm.add(
        tg.Service(
            "Fleet maintenance system",
            controls={c.RBAC()},
        )
    )

with tm.boundary("Fleet workshop", trust=tg.Trust.INTERNAL):
    # triages reported defects and books repairs
    workshop = tm.add(tg.Actor("Workshop supervisor", role="fleet workshop supervisor"))

with tm.boundary("Fire Control", trust=tg.Trust.RESTRICTED):
    # sets appliances unavailable so they are not mobilised
    operator = tm.add(tg.Actor("Control operator", role="fire control operator"))
    # decides which appliances are sent to incidents
    mobilising = tm.add(tg.Service("Mobilising system", controls={c.RBAC()}))

# ---------------------------------------------------------------- flows
# sign-in on the tablet
tm.flow(tablet, idp, sign_in, protocol="oidc")
tm.flow(idp, tablet, access_token, protocol="oidc")

# the daily check
tm.flow(firefighter, tablet, check_record, voice_note, label="enters checks and records note")
tm.flow(tablet, api, check_record, voice_note, access_token, protocol="https")
tm.flow(api, orchestrator, check_record, voice_note)
tm.flow(orchestrator, speech, voice_note, protocol="https")
tm.flow(speech, orchestrator, transcript, protocol="https")
tm.flow(asset_register, orchestrator, asset_details, label="appliance lookup")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft_report, protocol="https")
tm.flow(orchestrator, check_store, check_record, voice_note, transcript, draft_report)

# the crew commander confirms the draft
tm.flow(orchestrator, api, draft_report)
tm.flow(api, tablet, draft_report, protocol="https")
tm.flow(tablet, commander, draft_report, label="shown on the tablet")
tm.flow(commander, tablet, confirmed_report, label="confirms or edits on the tablet")
tm.flow(tablet, api, confirmed_report, access_token, protocol="https")
tm.flow(api, orchestrator, confirmed_report)

# to the workshop and, for off-the-run defects, to Fire Control
tm.flow(orchestrator, fleet_system, confirmed_report, protocol="https")
tm.flow(fleet_system, workshop, confirmed_report, protocol="https")
tm.flow(workshop, fleet_system, job_status, protocol="https")
tm.flow(
    fleet_system, asset_register, asset_details, job_status, protocol="https", label="nightly sync"
)
tm.flow(orchestrator, operator, off_run_notice, protocol="smtp+starttls")
tm.flow(operator, mobilising, availability, label="sets appliance unavailable")
