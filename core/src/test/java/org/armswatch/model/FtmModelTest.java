package org.armswatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.armswatch.model.FtmModel.Edge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FtmModelTest {
    private final FtmModel model = FtmModel.get();

    @Test
    void knowsItsSchemataByExactName() {
        assertThat(model.isSchema("Person")).isTrue();
        assertThat(model.isSchema("Ownership")).isTrue();
        assertThat(model.isSchema("person")).isFalse();
        assertThat(model.isSchema("Spaceship")).isFalse();
        assertThat(model.isSchema(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "Person,name,true",
        "Person,birthDate,true",
        "Person,country,true",
        "Person,innCode,true",
        "Person,imoNumber,false",
        "Vessel,imoNumber,true",
        "Vessel,name,true",
        "Vessel,owner,true",
        "Vessel,amount,true",
        "Vessel,birthDate,false",
        "Organization,imoNumber,true",
        "Company,imoNumber,true",
        "Company,capital,true",
        "Company,name,true",
        "Sanction,entity,true",
        "Sanction,startDate,true",
        "Sanction,unscId,true",
        "Sanction,name,false",
        "Ownership,owner,true",
        "Ownership,startDate,true",
        "Ownership,role,true",
        "Ownership,name,false",
        "Passport,holder,true",
        "Passport,passportNumber,true",
        "Nobody,name,false"
    })
    void propertiesIncludeInheritedOnes(String schema, String property, boolean has) {
        assertThat(model.hasProperty(schema, property)).isEqualTo(has);
    }

    @Test
    void edgesJoinTheirTwoEnds() {
        assertThat(model.edge("Ownership")).contains(new Edge("owner", "asset"));
        assertThat(model.edge("Directorship")).contains(new Edge("director", "organization"));
        assertThat(model.edge("Family")).contains(new Edge("person", "relative"));
        assertThat(model.edge("UnknownLink")).contains(new Edge("subject", "object"));
        assertThat(model.edge("Person")).isEmpty();
        assertThat(model.edge("Sanction")).isEmpty();
        assertThat(model.edge("Nobody")).isEmpty();
    }

    @Test
    void everyEdgeEndIsAPropertyOfItsSchema() {
        for (String schema : new String[] {
            "Ownership",
            "Directorship",
            "Membership",
            "Employment",
            "Family",
            "Associate",
            "UnknownLink",
            "Representation",
            "Occupancy"
        }) {
            Edge edge = model.edge(schema).orElseThrow();
            assertThat(model.hasProperty(schema, edge.source())).as(schema).isTrue();
            assertThat(model.hasProperty(schema, edge.target())).as(schema).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Person,Person,true",
        "Person,LegalEntity,true",
        "Person,Thing,true",
        "Company,Asset,true",
        "Company,Organization,true",
        "Company,Value,true",
        "Vessel,Asset,true",
        "Vessel,Vehicle,true",
        "Vessel,LegalEntity,false",
        "Person,Organization,false",
        "Ownership,Interest,true",
        "Ownership,Interval,true",
        "Ownership,Thing,false",
        "Family,Interest,false",
        "Passport,Identification,true",
        "Nobody,Thing,false",
        "Thing,Person,false"
    })
    void isAFollowsEveryParent(String schema, String ancestor, boolean expected) {
        assertThat(model.isA(schema, ancestor)).isEqualTo(expected);
    }

    @Test
    void flagsMatchableAndAbstract() {
        assertThat(model.isMatchable("Person")).isTrue();
        assertThat(model.isMatchable("Vessel")).isTrue();
        assertThat(model.isMatchable("Sanction")).isFalse();
        assertThat(model.isMatchable("Nobody")).isFalse();
        assertThat(model.isAbstract("Thing")).isTrue();
        assertThat(model.isAbstract("Vehicle")).isTrue();
        assertThat(model.isAbstract("Vessel")).isFalse();
        assertThat(model.isAbstract("Nobody")).isFalse();
    }
}
