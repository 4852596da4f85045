"""Museum catalogue description drafting: the first design, before any security review.

A national museum wants public catalogue descriptions for tens of thousands of
objects that today have only terse internal records. A curator opens an object in
a review web app on the museum network and asks for a draft; a drafting service
pulls the object's record from the collections management system, its photos from
the digital asset management system and the house style guide, and sends them to
a multimodal LLM hosted by a vendor. The draft lands in a draft store, where the
responsible curator edits and approves it. A nightly publishing job copies only
approved descriptions and public-domain images to the online collection website,
which anyone on the internet can browse and search. Curators sign in through the
museum's single sign-on with MFA; the review app keeps an audit trail of edits and
approvals. The vendor was vetted by procurement and contractually does not train on
our prompts. Object records hold donor and lender names and storage locations.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum catalogue description drafting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM drafts public catalogue descriptions that curators approve before publication.",
)

# ---------------------------------------------------------------- data assets
object_records = tg.Data(
    "Object records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Catalogue fields, provenance with donor and lender names, valuation, store location.",
)
object_photos = tg.Data(
    "Object photographs",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Studio photography; some images are under third-party copyright.",
)
style_guide = tg.Data(
    "House style guide and terminology",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
draft_request = tg.Data(
    "Draft request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Object number plus the curator's optional notes on emphasis and audience.",
)
llm_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, style guide excerpt, the full object record and its photos.",
)
llm_draft = tg.Data("Draft description", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
approved_text = tg.Data(
    "Approved description",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approval = tg.Data("Curator approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
public_images = tg.Data("Public-domain images", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
catalogue_pages = tg.Data(
    "Online catalogue pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
search_query = tg.Data("Visitor search query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
sso_token = tg.Data(
    "Staff SSO identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The public audience of the online collection.
    visitor = tm.add(tg.Actor("Website visitor", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the record and photos and writes the draft.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-language model behind the vendor's API.",
            controls={
                c.SupplierAssessment(
                    note="procurement review; contract excludes training on our prompts"
                )
            },
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The museum's cloud single sign-on tenant, used by all staff systems.
    idp = tm.add(tg.ExternalService("Museum SSO", provides="identity-provider"))

with tm.boundary("Museum network", trust=tg.Trust.INTERNAL):
    # Curators own the object records and approve every description.
    curator = tm.add(tg.Actor("Curator", role="curator"))
    # System of record for the collection; existing, with its own role model.
    cms = tm.add(
        tg.DataStore(
            "Collections management system",
            stores={object_records},
            controls={c.RBAC(note="existing departmental roles")},
        )
    )
    # Existing image library the photographers and curators upload to.
    dam = tm.add(tg.DataStore("Digital asset management system", stores={object_photos}))
    # Reference text given to the model so drafts follow house style.
    guide_store = tm.add(tg.DataStore("Style guide repository", stores={style_guide}))
    # New: gathers the inputs, builds the prompt, calls the LLM, saves drafts.
    drafting = tm.add(
        tg.Service(
            "Drafting service",
            description="Builds the prompt from the record, photos and style guide; calls the LLM.",
        )
    )
    # New: where curators request, edit and approve drafts.
    review_app = tm.add(
        tg.Endpoint(
            "Curator review app",
            purpose=tg.EndpointPurpose.API,
            description="Internal web app for requesting, editing and approving drafts.",
            controls={
                c.Authentication(method="museum SSO (OIDC) with MFA"),
                c.RBAC(note="curators edit and approve only their department's objects"),
                c.AuditLogging(note="every edit and approval with user and time"),
            },
        )
    )
    # New: drafts, edits and approval state.
    draft_store = tm.add(tg.DataStore("Draft store", stores={llm_draft, approved_text, approval}))
    # New: copies approved descriptions to the public site each night.
    publisher = tm.add(
        tg.Service(
            "Nightly publishing job",
            description="Publishes only descriptions marked approved, with public-domain images.",
            controls={c.HumanInTheLoop(approver="the responsible curator")},
        )
    )

with tm.boundary("Public web hosting", trust=tg.Trust.INTERNAL):
    # Existing online collection site, hosted by the museum in the cloud.
    website = tm.add(
        tg.Endpoint(
            "Online collection website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(note="CDN request limits")},
        )
    )
    # Content store behind the website.
    web_content = tm.add(
        tg.DataStore("Website content store", stores={catalogue_pages, public_images})
    )

# ---------------------------------------------------------------- flows
tm.flow(curator, idp, sso_token, protocol="oidc", label="signs in")
tm.flow(idp, review_app, sso_token, protocol="oidc")

tm.flow(curator, review_app, draft_request, protocol="https")
tm.flow(review_app, drafting, draft_request, protocol="https")
tm.flow(drafting, cms, draft_request, label="record lookup")
tm.flow(cms, drafting, object_records)
tm.flow(dam, drafting, object_photos)
tm.flow(guide_store, drafting, style_guide)
tm.flow(drafting, llm, llm_prompt, protocol="https")
tm.flow(llm, drafting, llm_draft, protocol="https")
tm.flow(drafting, draft_store, llm_draft)

tm.flow(draft_store, review_app, llm_draft, approved_text)
tm.flow(dam, review_app, object_photos, label="thumbnails for review")
tm.flow(review_app, curator, llm_draft, object_photos, protocol="https")
tm.flow(curator, review_app, approved_text, approval, protocol="https", label="edits and approves")
tm.flow(review_app, draft_store, approved_text, approval)

tm.flow(curator, cms, object_records, protocol="https", label="maintains records")
tm.flow(curator, dam, object_photos, protocol="https", label="uploads photography")

tm.flow(draft_store, publisher, approved_text, approval, label="nightly export")
tm.flow(dam, publisher, public_images, label="nightly export")
tm.flow(publisher, web_content, catalogue_pages, public_images, protocol="https")
tm.flow(web_content, website, catalogue_pages, public_images)
tm.flow(visitor, website, search_query, protocol="https")
tm.flow(website, visitor, catalogue_pages, public_images, protocol="https")
