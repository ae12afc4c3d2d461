package org.modelcards.core.format.cyclonedx;

import static org.modelcards.core.format.cyclonedx.BomValues.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.Content;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.modelCard.InputOutputParameter;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.modelcards.core.model.Dataset;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.ModelCard;

/** Maps the card's model type, task, architecture, formats and datasets onto CycloneDX's {@code modelParameters}. */
final class ModelParametersMapping {
    /** The CycloneDX learning approaches, as the schema spells them. */
    static final List<String> APPROACHES = java.util.Arrays.stream(ModelParameters.Approach.ApproachType.values())
            .map(ModelParameters.Approach.ApproachType::getTypeName).toList();

    private final MappingNotes notes;

    ModelParametersMapping(MappingNotes notes) {
        this.notes = notes;
    }

    /** The model parameters, or null when the card gives none. */
    ModelParameters parameters(ModelCard card) {
        Details d = card.details();
        ModelParameters p = new ModelParameters();
        boolean any = false;
        Optional<ModelParameters.Approach.ApproachType> approach = approach(d.modelType());
        if (approach.isPresent()) {
            ModelParameters.Approach a = new ModelParameters.Approach();
            a.setType(approach.get());
            p.setApproach(a);
            any = true;
        }
        any |= set(d.pipelineTag(), p::setTask);
        any |= set(d.architectureFamily(), p::setArchitectureFamily);
        any |= set(d.architecture(), p::setModelArchitecture);
        List<DatasetChoice> datasets = new ArrayList<>();
        datasets(card.data().training(), "data.training", CardToBom.TRAINING_DATA_REF, datasets);
        datasets(card.data().evaluation(), "data.evaluation", CardToBom.EVALUATION_DATA_REF, datasets);
        if (!datasets.isEmpty()) {
            p.setDatasets(datasets);
            any = true;
        }
        if (!d.inputFormats().isEmpty()) {
            p.setInputs(List.of(format(d.inputFormats())));
            any = true;
        }
        if (!d.outputFormats().isEmpty()) {
            p.setOutputs(List.of(format(d.outputFormats())));
            any = true;
        }
        return any ? p : null;
    }

    private Optional<ModelParameters.Approach.ApproachType> approach(String modelType) {
        String wanted = modelType.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (ModelParameters.Approach.ApproachType type : ModelParameters.Approach.ApproachType.values()) {
            if (type.getTypeName().equals(wanted)) {
                if (!type.getTypeName().equals(modelType)) {
                    notes.put("details.modelType", "written as the CycloneDX learning approach \"" + type.getTypeName()
                            + "\"; the spelling \"" + modelType + "\" is not kept");
                }
                return Optional.of(type);
            }
        }
        if (!modelType.isBlank()) {
            notes.put("details.modelType", "CycloneDX's model type is a learning approach: " + String.join(", ", APPROACHES));
        }
        return Optional.empty();
    }

    private static InputOutputParameter format(String text) {
        InputOutputParameter parameter = new InputOutputParameter();
        parameter.setFormat(text);
        return parameter;
    }

    private void datasets(List<Dataset> rows, String tableId, String refPrefix, List<DatasetChoice> into) {
        for (int i = 0; i < rows.size(); i++) {
            Dataset row = rows.get(i);
            ComponentData data = new ComponentData();
            data.setType(ComponentData.ComponentDataType.DATASET);
            data.setBomRef(refPrefix + (i + 1));
            set(row.name(), data::setName);
            set(row.description(), data::setDescription);
            if (notes.writableUrl(tableId + ".link", row.link())) {
                Content contents = new Content();
                contents.setUrl(row.link());
                data.setContents(contents);
            }
            if (!row.sensitiveData().isEmpty()) {
                data.setSensitiveData(List.of(row.sensitiveData()));
            }
            DatasetChoice choice = new DatasetChoice();
            choice.setComponentData(data);
            into.add(choice);
        }
    }
}
