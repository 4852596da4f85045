"""Podcast network ad-read scripts: the first design, before any security review.

Advertisers sign in to our advertiser portal and submit campaign briefs: talking
points, the promo code and the disclosure text the script must contain. An ad ops
producer picks a campaign and a show in the internal console; a script service
retrieves excerpts of that host's past ad reads from a style index (built from our
own published episode transcripts) and asks a hosted LLM to draft a host-read
script in the host's voice. The service checks that the promo code and disclosure
appear verbatim. The producer edits and approves the draft, the brand signs it off
in the portal, and only then does the host see it in the host portal and record
it. The LLM is a vendor API under enterprise terms (no training on our data); its
key is kept in the cloud secret manager. Staff use Google Workspace SSO; advertisers
use e-mail and password; hosts sign in with a magic link.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Podcast network ad-read script generator",
    profile=tg.RiskProfile.LOW,
    description="LLM drafts of host-read ad scripts from advertiser briefs, "
    "approved by ad ops and the brand before hosts record them.",
)

# ---------------------------------------------------------------- data assets
brief = tg.Data(
    "Campaign brief",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Product talking points, promo code, mandatory disclosure, advertiser contact.",
)
gen_request = tg.Data(
    "Script generation request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
style_query = tg.Data("Style query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
host_reads = tg.Data(
    "Past host ad-read excerpts",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
)
transcripts = tg.Data(
    "Published episode transcripts", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Script prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the campaign brief and the host's past reads.",
)
draft = tg.Data("Draft ad script", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
edits = tg.Data("Producer edits and script approval", sensitivity=tg.Sensitivity.CONFIDENTIAL)
signoff = tg.Data("Brand sign-off", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
final_script = tg.Data(
    "Approved ad script",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
host_notes = tg.Data("Host notes", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brands and their agencies: submit briefs and sign off scripts.
    advertiser = tm.add(tg.Actor("Advertiser", role="advertiser"))
    # Show hosts, mostly freelance talent, who record the reads.
    host = tm.add(tg.Actor("Podcast host", role="talent"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="enterprise terms: no training on our data")
            },
        )
    )

with tm.boundary("Network cloud", trust=tg.Trust.INTERNAL):
    # Public web app where advertisers upload briefs and review scripts.
    adv_portal = tm.add(
        tg.Endpoint(
            "Advertiser portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(
                    note="form fields and PDF uploads checked for type and size"
                ),
            },
        )
    )
    # Holds every brief the advertisers submit.
    brief_store = tm.add(tg.DataStore("Campaign brief store", stores={brief}))
    # Builds the prompt from brief and style excerpts, calls the LLM, checks the draft.
    script_service = tm.add(
        tg.Service(
            "Script generation service",
            controls={
                tg.controls.OutputFiltering(note="promo code and disclosure must appear verbatim"),
                tg.controls.SecretsManagement(note="LLM API key in the cloud secret manager"),
            },
        )
    )
    # Embedded excerpts of each host's past ad reads, searched by show.
    style_index = tm.add(tg.VectorStore("Host style index", stores={host_reads}))
    # Nightly job that chunks and embeds new episode transcripts.
    ingestion = tm.add(tg.Pipeline("Transcript indexing job", stage=tg.Stage.INGESTION))
    # Our own transcripts of episodes already published.
    archive = tm.add(tg.DataSource("Episode transcript archive", provides={transcripts}))
    # Drafts, approvals and final scripts with their workflow state.
    script_store = tm.add(tg.DataStore("Script store", stores={draft, final_script, signoff}))
    # Internal console where ad ops requests, edits and approves drafts.
    console = tm.add(
        tg.Endpoint(
            "Ad ops console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Google Workspace SSO"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(approver="ad ops producer"),
            },
        )
    )
    # Where hosts pick up approved scripts for their shows.
    host_portal = tm.add(
        tg.Endpoint(
            "Host portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="magic link by e-mail")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Ad operations staff who run campaigns and own script quality.
    producer = tm.add(tg.Actor("Ad ops producer", role="ad operations"))

# ---------------------------------------------------------------- flows
# brief intake
tm.flow(advertiser, adv_portal, brief, protocol="https")
tm.flow(adv_portal, brief_store, brief)

# style index
tm.flow(archive, ingestion, transcripts)
tm.flow(ingestion, style_index, host_reads)

# drafting
tm.flow(producer, console, gen_request, protocol="https")
tm.flow(console, script_service, gen_request)
tm.flow(brief_store, script_service, brief)
tm.flow(script_service, style_index, style_query, label="similarity query")
tm.flow(style_index, script_service, host_reads)
tm.flow(script_service, llm, prompt, protocol="https")
tm.flow(llm, script_service, draft, protocol="https")
tm.flow(script_service, script_store, draft)

# review and approval
tm.flow(script_store, console, draft)
tm.flow(console, producer, draft, protocol="https")
tm.flow(producer, console, edits, protocol="https")
tm.flow(console, script_store, final_script, label="producer-approved")
tm.flow(script_store, adv_portal, final_script)
tm.flow(adv_portal, advertiser, final_script, protocol="https")
tm.flow(advertiser, adv_portal, signoff, protocol="https")
tm.flow(adv_portal, script_store, signoff)

# delivery to hosts
tm.flow(script_store, host_portal, final_script, label="after brand sign-off")
tm.flow(host_portal, host, final_script, protocol="https")
tm.flow(host, host_portal, host_notes, protocol="https")
tm.flow(host_portal, console, host_notes)
