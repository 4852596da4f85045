"""Mushroom ID assistant: the first design, before any security review.

A UK foraging society adds a species assistant to its members' app. A member photographs
a find (cap, gills, stem, base), adds habitat, smell and spore-print notes and gets back
up to three candidate species, each with the club's look-alike and toxicity warnings and
a fixed "never eat on the strength of this app" banner. The backend runs in the club's
cloud project: an orchestrator retrieves field-guide excerpts from a vector index, sends
the photos and notes to a hosted multimodal LLM, and checks the candidates against the
club's look-alike catalogue. Any uncertain answer, or any candidate with a deadly
look-alike, goes to a review queue that the club's volunteer expert mycologists work
through in a web console; their verdict is pushed back to the member. Controls in this
design: members and experts sign in through a hosted auth provider, the API validates
uploads and is rate-limited, the orchestrator appends the warnings and strips "edible"
verdicts, photos are encrypted at rest, and every call leaves the app over HTTPS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Mushroom species ID assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Suggests mushroom species from members' photos, with warnings, and routes "
    "uncertain or toxic look-alike cases to the club's expert mycologists.",
)

# ---------------------------------------------------------------- data assets
id_request = tg.Data(
    "Identification request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Photos with EXIF location of the find, plus the member's habitat, smell "
    "and spore-print notes.",
)
sign_in = tg.Data(
    "Member sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
id_token = tg.Data("Member ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
account = tg.Data(
    "Member account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail and membership number.",
)
llm_prompt = tg.Data(
    "Species prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the photos and notes, and the retrieved field-guide excerpts.",
)
llm_answer = tg.Data(
    "Candidate species",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Up to three species with the model's stated confidence.",
)
guide_docs = tg.Data(
    "Field guide texts",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The club's species notes, written and edited by committee members.",
)
excerpts = tg.Data(
    "Field guide excerpts",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
lookalikes = tg.Data(
    "Toxic look-alike catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Species pairs where a common edible has a dangerous look-alike, with toxicity grade.",
)
suggestion = tg.Data(
    "Species suggestion with warnings",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Candidates, warnings and whether the find went to expert review.",
)
id_history = tg.Data(
    "Identification history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Every request, its photos, the suggestions and any expert verdict, per member.",
)
review_case = tg.Data("Expert review case", kind="records", sensitivity=tg.Sensitivity.PII)
verdict = tg.Data(
    "Expert verdict",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The mycologist's identification and advice, or a request for more photos.",
)
notification = tg.Data("Review result notification", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members foraging in the field; anyone who pays the subscription can join.
    member = tm.add(tg.Actor("Club member", role="member"))
    # The club's iOS/Android app on members' own phones.
    app = tm.add(tg.Device("Member app", fleet=True))
    # Volunteer expert mycologists reviewing cases from home on their own laptops.
    expert = tm.add(tg.Actor("Expert mycologist", role="volunteer reviewer"))
    # Committee members who keep the field guide and look-alike catalogue up to date.
    editor = tm.add(tg.Actor("Field guide editor", role="committee member"))

with tm.boundary("Club cloud project", trust=tg.Trust.INTERNAL):
    # Public API the app calls; checks the member's token and the uploaded images.
    api = tm.add(
        tg.Endpoint(
            "Member app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="ID token from the auth provider, e-mail and password"
                ),
                tg.controls.InputValidation(note="JPEG/HEIC only, 10 MB and 4 photos per request"),
                tg.controls.RateLimiting(requests_per_minute=10),
            },
        )
    )
    # Builds the prompt, calls the LLM, applies the look-alike rules and routes to experts.
    orchestrator = tm.add(
        tg.Service(
            "ID assistant orchestrator",
            description="Sends a case to expert review when the model's confidence is low or "
            "any candidate is in the toxic look-alike catalogue.",
            controls={
                tg.controls.OutputFiltering(
                    note="appends the fixed safety banner and look-alike warnings; "
                    "removes any 'edible' or 'safe to eat' wording"
                ),
                tg.controls.HumanInTheLoop(
                    approver="the club's expert mycologists",
                    note="uncertain identifications and candidates with toxic look-alikes",
                ),
            },
        )
    )
    # RAG index over the club's own field guide, so answers use the club's wording and warnings.
    guide_index = tm.add(tg.VectorStore("Field guide index", stores={excerpts}))
    # Embeds the edited field guide into the index whenever the committee publishes a change.
    indexer = tm.add(tg.Pipeline("Field guide indexing job", stage=tg.Stage.INGESTION))
    # Deterministic list the routing rule checks candidates against.
    catalogue = tm.add(tg.DataStore("Look-alike catalogue", stores={lookalikes}))
    # Photos, suggestions, review queue and verdicts for each member.
    history = tm.add(
        tg.DataStore(
            "Identification history store",
            stores={id_history, review_case, verdict},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Web console where experts pick up queued cases and record their verdicts.
    console = tm.add(
        tg.Service(
            "Expert review console",
            controls={
                tg.controls.Authentication(method="e-mail and password via the auth provider")
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model; the club has no model of its own.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads the photos and notes and proposes candidate species.",
        )
    )

with tm.boundary("App platform providers", trust=tg.Trust.PARTNER):
    # Hosted sign-in for members and experts.
    auth = tm.add(
        tg.ExternalService("Auth provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # Push notifications telling a member their expert review is done.
    push = tm.add(tg.ExternalService("Push notification service"))

# ---------------------------------------------------------------- flows
tm.flow(member, app, id_request, label="photos taken in the app")
tm.flow(member, app, sign_in, label="typed on the phone")
tm.flow(app, auth, sign_in, protocol="https")
tm.flow(auth, app, id_token, protocol="https")
tm.flow(app, api, id_request, id_token, protocol="https")
tm.flow(api, auth, id_token, protocol="https", label="token verification")
tm.flow(auth, api, account, protocol="https")
tm.flow(api, orchestrator, id_request)

tm.flow(orchestrator, guide_index, id_request, label="similarity query")
tm.flow(guide_index, orchestrator, excerpts)
tm.flow(catalogue, orchestrator, lookalikes)
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_answer, protocol="https")
tm.flow(orchestrator, history, id_history, review_case)
tm.flow(orchestrator, api, suggestion)
tm.flow(api, app, suggestion, protocol="https")
tm.flow(app, member, suggestion, label="shown on the phone")

tm.flow(history, console, review_case, label="review queue")
tm.flow(console, expert, review_case, protocol="https")
tm.flow(expert, console, verdict, protocol="https")
tm.flow(expert, console, sign_in, protocol="https", label="expert sign-in")
tm.flow(console, auth, sign_in, protocol="https", label="expert sign-in")
tm.flow(console, history, verdict)
tm.flow(console, push, notification, protocol="https")
tm.flow(push, app, notification, protocol="https")
tm.flow(history, api, id_history, label="member's own history")

tm.flow(editor, indexer, guide_docs, protocol="https")
tm.flow(indexer, guide_index, excerpts)
tm.flow(editor, catalogue, lookalikes, protocol="https")
