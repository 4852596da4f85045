"""Podcast network ad-read script generation: the first design, before any security review.

Advertisers sign in to our ad portal and upload a campaign brief: product claims,
offer and promo code, talking points, and brand guidelines as PDFs. A script drafting
service combines the brief with the host's style notes and asks a hosted LLM to draft
a host-read ad script for each show in the flight. Drafts land in a script store; the
ad ops team reviews each one in an internal console against our advertising standards
guidance (disclosures, substantiated claims, restricted categories) and edits or
approves it. Approved scripts go to the advertiser for sign-off in the portal and to
the host in the talent portal; hosts record the read and upload the audio, which ad
ops releases to the ad insertion platform for the scheduled episodes.
Controls in this design: portal sign-in, upload type and size checks, staff SSO with
roles on the review console, ad ops approval before any script is recorded, TLS on
external links, encrypted storage for briefs, and a vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Podcast network ad read script generation",
    profile=tg.RiskProfile.LOW,
    description="LLM drafts host-read ad scripts from advertiser briefs; ad ops approves them.",
)

# ---------------------------------------------------------------- data assets
brief = tg.Data(
    "Campaign brief",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Product claims, offer, promo code, talking points, brand guidelines PDF.",
)
style_notes = tg.Data(
    "Host style notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Host's tone, catchphrases, personal anecdotes they are happy to use.",
)
standards = tg.Data(
    "Advertising standards guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Disclosure wording, claim substantiation rules, restricted categories.",
)
prompt = tg.Data(
    "Script drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, the brief's text and the host's style notes.",
)
completion = tg.Data(
    "Drafted ad script", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approved_script = tg.Data(
    "Approved ad script",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_decision = tg.Data(
    "Script review decision",
    kind="records",
    description="Ad ops edits, approval or rejection with the standards point cited.",
)
advertiser_signoff = tg.Data("Advertiser sign-off", kind="records")
ad_audio = tg.Data("Recorded ad read", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
flight = tg.Data(
    "Ad flight order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Audio file, shows, episodes and dates the read runs in.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brands and their agencies who buy host-read ads.
    advertiser = tm.add(tg.Actor("Advertiser", role="advertiser or agency buyer"))
    # Show hosts are freelancers working from home studios.
    host = tm.add(tg.Actor("Podcast host", role="freelance host"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Drafts ad copy in the host's voice from the brief.",
            controls={c.SupplierAssessment(note="enterprise terms: no training on our data")},
        )
    )

with tm.boundary("Ad insertion vendor", trust=tg.Trust.PARTNER):
    # Dynamic ad insertion platform that stitches reads into episodes.
    dai = tm.add(tg.ExternalService("Ad insertion platform", description="Hosted DAI service."))

with tm.boundary("Network cloud account", trust=tg.Trust.INTERNAL):
    # Advertiser-facing web app for briefs and script sign-off.
    ad_portal = tm.add(
        tg.Endpoint(
            "Advertiser ad portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, DOCX and TXT only, 20 MB limit"),
            },
        )
    )
    # Web app where hosts pick up approved scripts and upload their recordings.
    talent_portal = tm.add(
        tg.Endpoint(
            "Host talent portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail magic link")},
        )
    )
    # Uploaded briefs, one folder per campaign.
    brief_store = tm.add(
        tg.DataStore(
            "Brief store",
            stores={brief},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Talent team's notes on each host's voice.
    host_profiles = tm.add(tg.DataStore("Host profile store", stores={style_notes}))
    # Builds the prompt and calls the LLM once per show in the flight.
    drafter = tm.add(
        tg.Service(
            "Script drafting service",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Drafts, edits and approved versions of every script.
    script_store = tm.add(tg.DataStore("Script store", stores={completion, approved_script}))
    # Recordings uploaded by hosts.
    audio_store = tm.add(tg.DataStore("Ad audio store", stores={ad_audio}))

with tm.boundary("Corporate workspace", trust=tg.Trust.INTERNAL):
    # Internal tool where ad ops check scripts against the standards.
    review_console = tm.add(
        tg.Endpoint(
            "Script review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(),
                c.HumanInTheLoop(approver="ad ops reviewer"),
            },
        )
    )
    # Our own copy of the advertising standards checklist.
    standards_docs = tm.add(tg.DataStore("Advertising standards guidelines", stores={standards}))
    # The team accountable for what airs.
    ad_ops = tm.add(tg.Actor("Ad ops reviewer", role="ad operations"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(advertiser, ad_portal, brief, protocol="https", controls={tls})
tm.flow(ad_portal, brief_store, brief)

tm.flow(brief_store, drafter, brief)
tm.flow(host_profiles, drafter, style_notes)
tm.flow(drafter, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, drafter, completion, protocol="https", controls={tls})
tm.flow(drafter, script_store, completion)

tm.flow(script_store, review_console, completion, label="drafts to review")
tm.flow(brief_store, review_console, brief, label="brief beside the draft")
tm.flow(standards_docs, review_console, standards)
tm.flow(review_console, ad_ops, completion, brief, standards, protocol="https")
tm.flow(ad_ops, review_console, review_decision, approved_script, protocol="https")
tm.flow(review_console, script_store, approved_script, review_decision)

tm.flow(script_store, ad_portal, approved_script)
tm.flow(ad_portal, advertiser, approved_script, protocol="https", controls={tls})
tm.flow(advertiser, ad_portal, advertiser_signoff, protocol="https", controls={tls})
tm.flow(ad_portal, script_store, advertiser_signoff)

tm.flow(script_store, talent_portal, approved_script)
tm.flow(talent_portal, host, approved_script, protocol="https", controls={tls})
tm.flow(host, talent_portal, ad_audio, protocol="https", controls={tls})
tm.flow(talent_portal, audio_store, ad_audio)

tm.flow(audio_store, review_console, ad_audio, label="final listen")
tm.flow(review_console, dai, flight, ad_audio, protocol="https", controls={tls})
