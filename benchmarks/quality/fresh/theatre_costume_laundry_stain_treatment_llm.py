"""Wardrobe stain and laundry assistant: the first design, before any security review.

The wardrobe department's dressers photograph a stain and the costume's fabric care
label on the shared wardrobe tablets and ask how to treat it. A small web app in the
theatre's cloud tenancy passes the question to an assistant agent, which looks up the
costume record, retrieves the department's past treatment notes and asks a vendor-hosted
multimodal LLM for a treatment suggestion. The same assistant keeps the nightly laundry
rota (which loads run, on which programme, and which dresser is on the late shift): the
wardrobe supervisor asks it for changes from her laptop and confirms each one before the
rota is saved. Staff sign in through the theatre's Microsoft 365; the tablets stay signed
in to a shared wardrobe account, the supervisor uses her own account with MFA. The LLM
vendor was reviewed (enterprise terms, no training on our inputs).
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Costume stain treatment and laundry rota assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Suggests stain treatments for costumes from photos and care labels, and keeps "
        "the wardrobe department's nightly laundry rota."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Stain question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
photos = tg.Data(
    "Stain and care label photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Close-ups of costumes, some from productions not yet opened.",
)
suggestion = tg.Data(
    "Treatment suggestion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question, photos, costume record and retrieved notes.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
notes = tg.Data(
    "Treatment notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What worked on which fabric, written up by the supervisor.",
)
retrieved_notes = tg.Data(
    "Retrieved treatment notes", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
costume_lookup = tg.Data(
    "Costume lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
costume_record = tg.Data(
    "Costume record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Show, character, performer name and measurements, fabric, care notes, hire owner.",
)
rota_request = tg.Data(
    "Rota change request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The supervisor's request, such as moving a dresser to another night.",
)
rota_call = tg.Data("Rota update call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
rota = tg.Data(
    "Nightly laundry rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Loads, wash programmes and the dressers assigned to each night.",
)
sign_in = tg.Data("Microsoft 365 ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
transcripts = tg.Data("Assistant conversation log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Theatre staff network", trust=tg.Trust.INTERNAL):
    # Dressers who find the stains and do the washing.
    dresser = tm.add(tg.Actor("Dresser", role="wardrobe assistant"))
    # Runs the department, owns the rota and the treatment notes.
    supervisor = tm.add(
        tg.Actor("Wardrobe supervisor", role="wardrobe supervisor", privileged=True)
    )
    # Shared iPads in the wardrobe room, used to photograph stains and labels.
    tablets = tm.add(
        tg.Device(
            "Wardrobe tablets",
            fleet=True,
            description="Three shared iPads running the web app in Safari.",
        )
    )

with tm.boundary("Theatre cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web front end dressers and the supervisor use.
    web_app = tm.add(
        tg.Endpoint(
            "Wardrobe assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method=(
                        "Microsoft 365 single sign-on; shared wardrobe account on the "
                        "tablets, supervisor's own account with MFA"
                    )
                ),
                tg.controls.RBAC(note="only the supervisor role can ask for rota changes"),
            },
        )
    )
    # Reads the question and photos, looks things up and drafts answers and rota changes.
    agent = tm.add(
        tg.Agent(
            "Wardrobe assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Builds the prompt, calls the LLM and decides which tool to use.",
        )
    )
    # Past treatments and manufacturers' care guides, searched for similar stains.
    notes_index = tm.add(tg.VectorStore("Treatment notes index", stores={notes, retrieved_notes}))
    # Reads the costume's fabric and care details for the agent.
    costume_tool = tm.add(tg.Tool("Costume lookup tool", capabilities={"read"}))
    # The department's costume bible, already kept by wardrobe.
    costume_db = tm.add(tg.DataStore("Costume records database", stores={costume_record}))
    # Reads and updates the nightly laundry rota for the agent.
    rota_tool = tm.add(
        tg.Tool(
            "Laundry rota tool",
            capabilities={"read", "write"},
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the wardrobe supervisor",
                    note="each drafted rota change is shown to her and saved when she confirms it",
                )
            },
        )
    )
    # Where the rota lives; the tablets show tonight's rota from it.
    rota_store = tm.add(tg.DataStore("Laundry rota store", stores={rota}))
    # Uploaded photos, kept so the supervisor can follow up on a treatment.
    photo_store = tm.add(tg.DataStore("Stain photo store", stores={photos}))
    # Every question and answer, for the supervisor to check advice given.
    log_store = tm.add(tg.DataStore("Conversation log store", stores={transcripts}))

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The theatre's existing staff directory and sign-in.
    idp = tm.add(
        tg.ExternalService("Microsoft Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the photos and writes the suggestion.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="enterprise terms; no training on inputs")
            },
        )
    )

# ---------------------------------------------------------------- flows
# dressers ask about a stain
tm.flow(dresser, tablets, question, photos, label="types the question and takes photos")
tm.flow(tablets, web_app, question, photos, protocol="https")
tm.flow(web_app, tablets, suggestion, rota, protocol="https")
tm.flow(tablets, dresser, suggestion, rota, label="reads the answer and tonight's rota")

# the supervisor
tm.flow(supervisor, web_app, rota_request, notes, protocol="https")
tm.flow(web_app, supervisor, suggestion, rota, transcripts, protocol="https")

# sign-in
tm.flow(web_app, idp, sign_in, protocol="oidc", label="sign-in redirect")
tm.flow(idp, web_app, sign_in, protocol="oidc")

# web app and agent
tm.flow(web_app, photo_store, photos)
tm.flow(web_app, notes_index, notes, label="supervisor adds treatment notes")
tm.flow(web_app, agent, question, photos, rota_request)
tm.flow(agent, web_app, suggestion, rota)
tm.flow(agent, log_store, transcripts)
tm.flow(log_store, web_app, transcripts)

# retrieval and the model
tm.flow(agent, notes_index, question, label="similarity query")
tm.flow(notes_index, agent, retrieved_notes)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# tools
tm.flow(agent, costume_tool, costume_lookup)
tm.flow(costume_tool, agent, costume_record)
tm.flow(costume_db, costume_tool, costume_record)
tm.flow(agent, rota_tool, rota_call)
tm.flow(rota_tool, agent, rota)
tm.flow(rota_tool, rota_store, rota)
tm.flow(rota_store, rota_tool, rota)
tm.flow(rota_store, web_app, rota, label="tonight's rota")
