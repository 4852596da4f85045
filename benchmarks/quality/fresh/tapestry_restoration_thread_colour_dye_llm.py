"""Tapestry restoration dye assistant: the first design, before any security review.

A textile conservation studio restores historic tapestries for museums, churches and
private owners. Conservators upload photographs of a faded tapestry (face and less
faded reverse), spectrophotometer readings of the target colours and their notes on
fibre, weave and dye analysis. An orchestrator retrieves similar past recipes from the
studio's recipe library and asks a hosted multimodal LLM for dye recipes (dyestuff,
mordant, proportions, bath times) for wool and silk conservation threads. The dyer
prints the suggested recipe sheet, dyes test skeins, and records the measured result,
which goes back into the library; nothing is dyed for a tapestry until a test matches.
The web app runs in the studio's cloud tenancy and staff sign in with their Microsoft
365 accounts with MFA; photographs are stored encrypted and the recipe library is
versioned with nightly snapshots. Published historical dye manuals are indexed too.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tapestry restoration thread colour dye assistant",
    profile=tg.RiskProfile.LOW,
    description=(
        "Suggests dye recipes for conservation threads from tapestry photographs, "
        "colour readings and conservators' notes, for the dyer to test."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Tapestry photographs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Clients' objects, some privately owned and not publicly known.",
)
notes = tg.Data(
    "Conservator notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fibre, weave, condition and dye-analysis notes for the object.",
)
readings = tg.Data("Colour measurements", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Recipe prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, photographs, readings, notes and retrieved past recipes.",
)
suggestion = tg.Data(
    "Suggested dye recipe",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dyestuffs, mordant, weights of fibre, bath temperature and times.",
)
test_results = tg.Data(
    "Dye test results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The recipe as dyed, skein readings and the conservator's match verdict.",
)
recipes = tg.Data(
    "Studio dye recipes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Decades of the studio's tested recipes and results: its know-how.",
)
references = tg.Data("Historical dye manuals", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
chunks = tg.Data("Recipe embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL)
retrieved = tg.Data(
    "Retrieved past recipes", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sign_in = tg.Data("Sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Conservation studio", trust=tg.Trust.INTERNAL):
    # Documents the tapestry and asks for recipes; decides whether a test matches.
    conservator = tm.add(tg.Actor("Conservator", role="conservator"))
    # Dyes the test skeins and the final threads in the studio's dye lab.
    dyer = tm.add(tg.Actor("Dyer", role="dyer"))
    # Measures target colours on the tapestry and the dyed test skeins.
    spectro = tm.add(
        tg.Device(
            "Spectrophotometer",
            fleet=False,
            description="Its desktop software uploads CIELAB readings to the web app.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Digitised historical dye manuals and published recipe collections.
    manuals = tm.add(
        tg.DataSource(
            "Published dye references",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={references},
        )
    )

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The studio's existing staff accounts.
    idp = tm.add(tg.ExternalService("Microsoft Entra ID", provides="identity-provider"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Reads the photographs and notes and writes the recipe suggestions.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="business terms: no training on our inputs")},
        )
    )

with tm.boundary("Studio cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where conservators upload jobs and the dyer reads recipe sheets and logs results.
    app = tm.add(
        tg.Endpoint(
            "Dye assistant web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )
    # Builds the prompt from the job and retrieved recipes, calls the model.
    orchestrator = tm.add(
        tg.Service(
            "Recipe orchestrator",
            controls={c.HumanInTheLoop(approver="dyer tests every recipe on sample skeins")},
        )
    )
    # Keeps the photographs of each job.
    photo_store = tm.add(
        tg.DataStore(
            "Photograph store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The studio's tested recipes and their results, the source of truth.
    library = tm.add(
        tg.DataStore(
            "Recipe library",
            stores={recipes, test_results},
            controls={c.DataVersioning(note="nightly snapshots kept 90 days")},
        )
    )
    # Lets the orchestrator find recipes for similar fibres and colours.
    index = tm.add(tg.VectorStore("Recipe index", stores={chunks, references}))
    # Embeds new library entries and the reference manuals into the index.
    indexer = tm.add(tg.Pipeline("Recipe indexing job", stage=tg.Stage.INGESTION))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(conservator, idp, sign_in, protocol="https", controls={tls}, label="sign in")
tm.flow(idp, app, sign_in, protocol="https", controls={tls})
tm.flow(dyer, idp, sign_in, protocol="https", controls={tls}, label="sign in")

tm.flow(conservator, app, photos, notes, protocol="https", controls={tls}, label="new job")
tm.flow(spectro, app, readings, protocol="https", controls={tls})
tm.flow(app, photo_store, photos)
tm.flow(photo_store, orchestrator, photos)
tm.flow(app, orchestrator, notes, readings)

tm.flow(orchestrator, index, notes, label="similarity query")
tm.flow(index, orchestrator, retrieved)
tm.flow(orchestrator, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, suggestion, protocol="https", controls={tls})
tm.flow(orchestrator, app, suggestion)
tm.flow(app, conservator, suggestion, protocol="https", controls={tls})
tm.flow(app, dyer, suggestion, protocol="https", controls={tls}, label="recipe sheet")

tm.flow(dyer, app, test_results, protocol="https", controls={tls})
tm.flow(conservator, app, test_results, protocol="https", controls={tls}, label="match verdict")
tm.flow(app, library, recipes, test_results)
tm.flow(library, app, recipes, test_results)
tm.flow(library, indexer, recipes, test_results)
tm.flow(manuals, indexer, references, protocol="https", label="one-off import")
tm.flow(indexer, index, chunks, references)
