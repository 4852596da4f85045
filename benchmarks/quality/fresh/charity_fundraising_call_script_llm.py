"""Charity fundraising call scripts: the first design, before any security review.

A UK charity runs telephone fundraising campaigns through an outside telefundraising
agency. For each campaign a nightly job selects supporters from the supporter CRM
(honouring telephone opt-outs and the TPS flag) and copies a reduced record to a
call list: name, phone number, giving history summary, Gift Aid status and the
free-text supporter notes. A script service combines each record with the campaign
brief and the charity's approved messaging guidance into a prompt for a hosted LLM
(vendor API over HTTPS, vendor reviewed by the charity) and stores the draft script.
Agency callers sign in to a cloud-hosted caller web app, see the next supporter and
the draft script, ring the supporter through the agency's cloud dialler, and record
the outcome (pledge, new regular gift, do-not-call request) which is written back to
the CRM. The campaign manager at the charity writes the brief; there is no per-script
review, callers are trained to use the script as guidance only.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Charity fundraising call script LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Drafts personalised telephone fundraising scripts from supporters' giving "
        "history for an outside calling agency."
    ),
)

# ---------------------------------------------------------------- data assets
supporter_records = tg.Data(
    "Supporter records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contact details, giving history, Gift Aid declarations, contact preferences "
    "and free-text notes (which can mention bereavement or illness).",
)
call_list_entry = tg.Data(
    "Call list entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone number, giving summary, Gift Aid status and supporter notes.",
)
campaign_brief = tg.Data("Campaign brief", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
guidance = tg.Data(
    "Approved messaging guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approved asks, case studies and Fundraising Regulator code excerpts.",
)
script_prompt = tg.Data("Script prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data(
    "Drafted script completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
draft_script = tg.Data("Draft call script", kind="model-output", sensitivity=tg.Sensitivity.PII)
caller_view = tg.Data(
    "Next supporter and script", kind="model-output", sensitivity=tg.Sensitivity.PII
)
call_outcome = tg.Data(
    "Call outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pledge amount, new regular gift, updated preferences, do-not-call request.",
)
dial_request = tg.Data("Dial request", kind="records", sensitivity=tg.Sensitivity.PII)
conversation = tg.Data("Phone conversation", kind="media", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The supporter being called, at home on their own phone.
    supporter = tm.add(tg.Actor("Supporter", role="donor"))

with tm.boundary("Telefundraising agency", trust=tg.Trust.PARTNER):
    # Agency staff who make the calls from the draft scripts.
    caller = tm.add(tg.Actor("Fundraising caller", role="agency caller"))
    # The agency's cloud dialler, which places the calls.
    dialler = tm.add(
        tg.ExternalService("Agency cloud dialler", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the scripts.
    llm = tm.add(
        tg.LLM(
            "Hosted script LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Drafts a two-minute call script per supporter from the prompt.",
            controls={
                tg.controls.SupplierAssessment(
                    note="vendor terms reviewed: no training on our data"
                )
            },
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Writes the campaign brief and signs off the guidance.
    campaign_manager = tm.add(tg.Actor("Campaign manager", role="fundraising staff"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # System of record for supporters and their gifts (SaaS CRM).
    crm = tm.add(
        tg.DataStore(
            "Supporter CRM",
            stores={supporter_records},
            controls={
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
                tg.controls.EncryptionAtRest(key_management="CRM vendor managed"),
            },
        )
    )
    # Selects who to call for a campaign and copies a reduced record out.
    call_list_job = tm.add(
        tg.Service(
            "Nightly call list job",
            description="Excludes opted-out and TPS-registered supporters.",
            controls={tg.controls.DataMinimization(note="only the fields a caller needs")},
        )
    )
    # Working copy of the supporters in the current campaign.
    call_list = tm.add(tg.DataStore("Campaign call list", stores={call_list_entry}))
    # Campaign briefs and approved messaging the prompts are built from.
    guidance_library = tm.add(
        tg.DataStore("Campaign guidance library", stores={campaign_brief, guidance})
    )
    # Builds each prompt and calls the LLM, one supporter at a time.
    script_service = tm.add(tg.Service("Script generation service"))
    # Drafts waiting for a caller, kept for the campaign's duration.
    script_store = tm.add(tg.DataStore("Draft script store", stores={draft_script}))
    # What the agency's callers sign in to, over the internet.
    caller_app = tm.add(
        tg.Endpoint(
            "Caller web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="individual e-mail and password per caller"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(campaign_manager, guidance_library, campaign_brief, guidance, protocol="https")

tm.flow(crm, call_list_job, supporter_records, protocol="https", label="nightly campaign export")
tm.flow(call_list_job, call_list, call_list_entry)

tm.flow(call_list, script_service, call_list_entry)
tm.flow(guidance_library, script_service, campaign_brief, guidance)
tm.flow(script_service, llm, script_prompt, protocol="https")
tm.flow(llm, script_service, llm_completion, protocol="https")
tm.flow(script_service, script_store, draft_script)

tm.flow(call_list, caller_app, call_list_entry)
tm.flow(script_store, caller_app, draft_script)
tm.flow(caller_app, caller, caller_view, protocol="https")
tm.flow(caller, caller_app, call_outcome, protocol="https")
tm.flow(caller_app, crm, call_outcome, protocol="https", label="outcome write-back")

tm.flow(caller_app, dialler, dial_request, protocol="https")
tm.flow(dialler, supporter, conversation, protocol="pstn")
tm.flow(supporter, dialler, conversation, protocol="pstn")
tm.flow(caller, dialler, conversation, label="headset", protocol="wss")
tm.flow(dialler, caller, conversation, label="headset", protocol="wss")
